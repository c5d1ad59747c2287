package se.samverkan.shared;

import java.util.List;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/**
 * On every command line, an argument picocli does not know is an application setting when its name has a dot
 * ({@code --samverkan.data-dir=DIR}); anything else is a typo, named as such rather than passed to Spring. A command
 * then starts the application with those settings and without a web server.
 */
public final class CommandLineSettings {

    private CommandLineSettings() {
    }

    /** Whether {@code arg} is written as a setting: {@code --name.with.dots[=value]}. */
    public static boolean isSetting(String arg) {
        return arg.startsWith("--") && arg.substring(2).split("=", 2)[0].contains(".");
    }

    /** {@code unmatched}, when every one of them is a setting; otherwise the usage error naming the first that is not. */
    public static List<String> of(CommandSpec spec, List<String> unmatched) {
        for (String arg : unmatched) {
            if (!arg.startsWith("--")) {
                throw new ParameterException(spec.commandLine(), "Unexpected argument: '" + arg + "'");
            }
            if (!isSetting(arg)) {
                throw new ParameterException(spec.commandLine(), "Unknown option: '" + arg + "'");
            }
        }
        return unmatched;
    }

    /** The application without a web server, for a command that does its work and exits. */
    public static ConfigurableApplicationContext startWithoutWebServer(Class<?> application, List<String> settings) {
        SpringApplication app = new SpringApplication(application);
        app.setWebApplicationType(WebApplicationType.NONE);
        return app.run(settings.toArray(String[]::new));
    }
}
