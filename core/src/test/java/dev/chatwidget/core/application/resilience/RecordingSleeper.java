package dev.chatwidget.core.application.resilience;

import dev.chatwidget.core.port.out.Sleeper;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Records every wait instead of waiting. An advancing sleeper moves its fake clock by each wait; a frozen one
 * leaves time alone. It can be told to be interrupted during its n-th wait.
 */
final class RecordingSleeper implements Sleeper {

    private final Optional<FakeClock> clock;
    private final List<Duration> sleeps = new ArrayList<>();
    private int interruptAt;

    private RecordingSleeper(Optional<FakeClock> clock) {
        this.clock = clock;
    }

    static RecordingSleeper advancing(FakeClock clock) {
        return new RecordingSleeper(Optional.of(clock));
    }

    static RecordingSleeper frozen() {
        return new RecordingSleeper(Optional.empty());
    }

    /** The n-th wait (1-based) throws InterruptedException, as a real sleep interrupted midway would. */
    RecordingSleeper interruptedAtSleep(int n) {
        this.interruptAt = n;
        return this;
    }

    @Override
    public synchronized void sleep(Duration duration) throws InterruptedException {
        sleeps.add(duration);
        if (sleeps.size() == interruptAt) {
            throw new InterruptedException("test interrupt");
        }
        clock.ifPresent(c -> c.advance(duration));
    }

    synchronized List<Duration> sleeps() {
        return List.copyOf(sleeps);
    }

    synchronized Duration total() {
        return sleeps.stream().reduce(Duration.ZERO, Duration::plus);
    }
}
