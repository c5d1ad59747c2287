package se.samverkan;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class SamverkanApplication {

    public static void main(String[] args) {
        if (se.samverkan.curation.CurationCommands.handles(args)) {
            System.exit(se.samverkan.curation.CurationCommands.run(SamverkanApplication.class, args));
        }
        if (se.samverkan.bench.BenchCommands.handles(args)) {
            System.exit(se.samverkan.bench.BenchCommands.run(SamverkanApplication.class, args));
        }
        SpringApplication.run(SamverkanApplication.class, args);
    }
}
