package dev.chatwidget.fleet.harness;

import java.util.Map;

/** A child for {@link FleetTest}: reports its pid and first argument, then waits if asked to ("hang"). */
public final class EchoChild {

    private EchoChild() {
    }

    public static void main(String[] args) throws InterruptedException {
        ChildReport.event("started");
        if (args.length > 1 && args[1].equals("hang")) {
            Thread.sleep(60_000);
        }
        ChildReport.summary(Map.of("pid", ProcessHandle.current().pid(), "arg", args[0]));
    }
}
