package se.samverkan.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.neo4j.driver.Config;
import org.neo4j.driver.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.neo4j.autoconfigure.ConfigBuilderCustomizer;

import se.samverkan.SamverkanIntegrationTest;

@SamverkanIntegrationTest
class DriverLoggingTest {

    @Autowired
    List<ConfigBuilderCustomizer> customizers;

    @Test
    void theDriverAsksLogbackWhetherDebugIsOnSoItFormatsNoBoltMessageForALevelThatIsOff() {
        Config.ConfigBuilder builder = Config.builder();
        customizers.forEach(c -> c.customize(builder));
        Logger driverLog = builder.build().logging().getLog("org.neo4j.driver.internal.bolt");

        assertThat(LoggerFactory.getLogger("org.neo4j.driver.internal.bolt").isDebugEnabled()).isFalse();
        assertThat(driverLog.isDebugEnabled()).isFalse();
        assertThat(driverLog.getClass().getSimpleName()).isEqualTo("Slf4jLogger");
    }
}
