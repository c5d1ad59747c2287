package se.samverkan;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;

/**
 * The rooms (the packages directly under {@code se.samverkan}) depend only on the rooms their
 * {@code package-info.java} allows, without cycles, and use nothing of another room but its public types.
 */
class ArchitectureTest {

    private static final ApplicationModules ROOMS = ApplicationModules.of(SamverkanApplication.class);

    @Test
    void everyRoomDependsOnlyOnTheRoomsItDeclares() {
        ROOMS.verify();
    }

    @Test
    void everyRoomDeclaresWhatItMayDependOn() throws ClassNotFoundException {
        for (var room : ROOMS) {
            String name = room.getBasePackage().getName();
            ApplicationModule declared = Class.forName(name + ".package-info").getAnnotation(ApplicationModule.class);
            assertThat(declared).as("@ApplicationModule in %s.package-info", name).isNotNull();
            // Left out, allowedDependencies defaults to "anything".
            assertThat(declared.allowedDependencies()).as("allowedDependencies of %s", name)
                    .doesNotContain(ApplicationModule.OPEN_TOKEN);
        }
    }
}
