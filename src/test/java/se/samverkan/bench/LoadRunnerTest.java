package se.samverkan.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.junit.jupiter.api.Test;

class LoadRunnerTest {

    @Test
    void aCellWhoseTimeIsUpStillSendsItsMinimum() throws InterruptedException {
        Set<Integer> sent = ConcurrentHashMap.newKeySet();
        LoadRunner.Cell cell = LoadRunner.run(2, 5, 50, 0, i -> sent.add(i));
        assertThat(cell.requests()).isEqualTo(5);
        assertThat(sent).containsExactlyInAnyOrder(0, 1, 2, 3, 4);
        assertThat(cell.errors()).isZero();
    }

    @Test
    void aCellWithTimeLeftSendsUpToItsMaximum() throws InterruptedException {
        Set<Integer> sent = ConcurrentHashMap.newKeySet();
        LoadRunner.Cell cell = LoadRunner.run(3, 5, 50, Long.MAX_VALUE, i -> sent.add(i));
        assertThat(cell.requests()).isEqualTo(50);
        assertThat(sent).hasSize(50);
    }

    @Test
    void failedAndThrowingRequestsCountAsErrors() throws InterruptedException {
        LoadRunner.Cell cell = LoadRunner.run(1, 4, i -> {
            if (i == 3) {
                throw new IllegalStateException("boom");
            }
            return i != 1;
        });
        assertThat(cell.requests()).isEqualTo(4);
        assertThat(cell.errors()).isEqualTo(2);
        assertThat(cell.firstError()).isNotNull();
    }
}
