package dev.chatwidget.adapter.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class InterruptibleSendTest {

    @AfterEach
    void clearInterrupt() {
        Thread.interrupted();
    }

    @Test
    void a_send_not_aborted_leaves_the_thread_as_it_found_it() {
        InterruptibleSend send = new InterruptibleSend();

        assertThat(send.begin()).isTrue();
        assertThat(send.end()).isFalse();
        assertThat(Thread.currentThread().isInterrupted()).isFalse();
        assertThat(send.aborted()).isFalse();
    }

    @Test
    void an_abort_before_the_send_refuses_it_without_interrupting_anyone() {
        InterruptibleSend send = new InterruptibleSend();
        send.abort();

        assertThat(send.aborted()).isTrue();
        assertThat(send.begin()).isFalse();
        assertThat(Thread.currentThread().isInterrupted()).isFalse();
    }

    @Test
    void an_abort_during_the_send_interrupts_the_sender_and_end_clears_it() throws Exception {
        InterruptibleSend send = new InterruptibleSend();
        CountDownLatch sending = new CountDownLatch(1);
        AtomicBoolean interruptedInSend = new AtomicBoolean();
        AtomicReference<Boolean> endSaw = new AtomicReference<>();
        AtomicBoolean interruptedAfter = new AtomicBoolean(true);
        Thread sender = new Thread(() -> {
            send.begin();
            sending.countDown();
            try {
                Thread.sleep(10_000);
            } catch (InterruptedException e) {
                interruptedInSend.set(true);
                // The JDK client's send may also leave the flag set: end() must clear it either way.
                Thread.currentThread().interrupt();
            }
            endSaw.set(send.end());
            interruptedAfter.set(Thread.currentThread().isInterrupted());
        });
        sender.start();
        assertThat(sending.await(5, TimeUnit.SECONDS)).isTrue();

        send.abort();
        sender.join(5_000);

        assertThat(interruptedInSend).isTrue();
        assertThat(endSaw.get()).isTrue();
        assertThat(interruptedAfter).isFalse();
    }

    @Test
    void a_second_abort_does_not_interrupt_the_sender_again() throws Exception {
        InterruptibleSend send = new InterruptibleSend();
        CountDownLatch sending = new CountDownLatch(1);
        CountDownLatch abortedTwice = new CountDownLatch(1);
        AtomicBoolean interruptedAgain = new AtomicBoolean(true);
        Thread sender = new Thread(() -> {
            send.begin();
            sending.countDown();
            try {
                Thread.sleep(10_000);
            } catch (InterruptedException e) {
                // The first abort's interrupt, consumed here.
            }
            try {
                abortedTwice.await();
            } catch (InterruptedException e) {
                return;
            }
            interruptedAgain.set(Thread.currentThread().isInterrupted());
            send.end();
        });
        sender.start();
        assertThat(sending.await(5, TimeUnit.SECONDS)).isTrue();

        send.abort();
        send.abort();
        abortedTwice.countDown();
        sender.join(5_000);

        assertThat(interruptedAgain).isFalse();
    }

    @Test
    void end_keeps_an_interrupt_the_caller_had_of_its_own() {
        InterruptibleSend send = new InterruptibleSend();
        send.begin();
        Thread.currentThread().interrupt();

        assertThat(send.end()).isFalse();
        assertThat(Thread.currentThread().isInterrupted()).isTrue();
    }

    @Test
    void an_abort_after_the_head_closes_the_body_and_no_thread_is_interrupted() {
        InterruptibleSend send = new InterruptibleSend();
        send.begin();
        send.end();
        TrackedStream body = new TrackedStream();
        send.received(body);

        send.abort();

        assertThat(send.body()).isSameAs(body);
        assertThat(body.closed).isTrue();
        assertThat(Thread.currentThread().isInterrupted()).isFalse();
    }

    @Test
    void a_body_received_after_an_abort_is_closed_at_once() {
        InterruptibleSend send = new InterruptibleSend();
        send.abort();
        TrackedStream body = new TrackedStream();

        send.received(body);

        assertThat(body.closed).isTrue();
    }

    @Test
    void a_body_received_without_an_abort_stays_open() {
        InterruptibleSend send = new InterruptibleSend();
        TrackedStream body = new TrackedStream();

        send.received(body);

        assertThat(send.body()).isSameAs(body);
        assertThat(body.closed).isFalse();
    }

    @Test
    void unwrapped_takes_the_cause_out_of_a_plain_io_exception_only() {
        ConnectException cause = new ConnectException("refused");
        IOException plain = new IOException("wrapped", cause);
        IOException plainWithoutCause = new IOException("alone");
        UncheckedIOException other = new UncheckedIOException(plain);

        assertThat(InterruptibleSend.unwrapped(plain)).isSameAs(cause);
        assertThat(InterruptibleSend.unwrapped(plainWithoutCause)).isSameAs(plainWithoutCause);
        assertThat(InterruptibleSend.unwrapped(other)).isSameAs(other);
        assertThat(InterruptibleSend.unwrapped(cause)).isSameAs(cause);
    }

    @Test
    void close_quietly_swallows_a_failing_close_and_accepts_no_stream() {
        InputStream failing = new ByteArrayInputStream(new byte[0]) {
            @Override
            public void close() throws IOException {
                throw new IOException("cannot close");
            }
        };

        InterruptibleSend.closeQuietly(failing);
        InterruptibleSend.closeQuietly(null);
        TrackedStream body = new TrackedStream();
        InterruptibleSend.closeQuietly(body);

        assertThat(body.closed).isTrue();
    }

    private static final class TrackedStream extends ByteArrayInputStream {
        volatile boolean closed;

        TrackedStream() {
            super(new byte[] {1, 2, 3});
        }

        @Override
        public void close() {
            closed = true;
        }
    }
}
