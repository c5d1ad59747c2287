package se.samverkan.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class RequestBudgetTest {

    final AtomicLong now = new AtomicLong(1_000_000_000L);
    final RequestBudget budget = new RequestBudget(Duration.ofSeconds(10), now::get);

    void pass(Duration time) {
        now.addAndGet(time.toNanos());
    }

    @AfterEach
    void leave() {
        budget.leave();
    }

    @Test
    void aTransactionGetsTheQueryTimeoutWhileMoreIsLeft() {
        pass(Duration.ofSeconds(3));
        assertThat(budget.timeout(Duration.ofSeconds(5))).isEqualTo(Duration.ofSeconds(5));
    }

    @Test
    void aTransactionGetsWhatIsLeftWhenThatIsLess() {
        pass(Duration.ofMillis(7_500));
        assertThat(budget.timeout(Duration.ofSeconds(5))).isEqualTo(Duration.ofMillis(2_500));
    }

    @Test
    void aSpentBudgetRefusesTheNextTransactionNamingItsLimit() {
        pass(Duration.ofSeconds(10));
        assertThat(budget.spent()).isTrue();
        assertThatThrownBy(() -> budget.timeout(Duration.ofSeconds(5)))
                .isInstanceOf(RequestBudget.Spent.class)
                .isInstanceOf(org.springframework.dao.QueryTimeoutException.class)
                .hasMessageContaining("PT10S").hasMessageContaining("samverkan.graphql.request-timeout");
    }

    @Test
    void outsideARequestTheQueryTimeoutApplies() {
        assertThat(RequestBudget.current()).isNull();
        assertThat(RequestBudget.timeoutNow(Duration.ofSeconds(5))).isEqualTo(Duration.ofSeconds(5));
    }

    @Test
    void withinARequestItsBudgetApplies() {
        budget.enter();
        pass(Duration.ofSeconds(9));
        assertThat(RequestBudget.timeoutNow(Duration.ofSeconds(5))).isEqualTo(Duration.ofSeconds(1));
        budget.leave();
        assertThat(RequestBudget.current()).isNull();
        assertThat(RequestBudget.timeoutNow(Duration.ofSeconds(5))).isEqualTo(Duration.ofSeconds(5));
    }

    @Test
    void leavingAnotherBudgetKeepsTheCurrentOne() {
        budget.enter();
        new RequestBudget(Duration.ofSeconds(1), now::get).leave();
        assertThat(RequestBudget.current()).isSameAs(budget);
    }
}
