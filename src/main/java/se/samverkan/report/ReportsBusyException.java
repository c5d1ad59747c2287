package se.samverkan.report;

import java.time.Duration;

/** No report slot came free within the queue timeout; nothing ran, and asking again later will work. */
class ReportsBusyException extends RuntimeException {

    ReportsBusyException(int slots, Duration waited) {
        super(("Too many reports are running: %d run at once (samverkan.reports.max-concurrent) and this one waited "
                + "%s (samverkan.reports.queue-timeout) without a turn. Nothing was run; try again in a minute.")
                .formatted(slots, waited.toMillis() % 1000 == 0 ? waited.toSeconds() + " s" : waited.toMillis() + " ms"));
    }
}
