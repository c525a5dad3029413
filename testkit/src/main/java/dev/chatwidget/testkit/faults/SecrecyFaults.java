package dev.chatwidget.testkit.faults;

import dev.chatwidget.core.call.Operation;
import dev.chatwidget.testkit.server.Fault;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** What {@link HttpTokenSecrecy} puts each operation through: every error path, retries, and echoing servers. */
final class SecrecyFaults {

    private SecrecyFaults() {
    }

    /** A normal call first, then the faults (with retries, errors and echoes) that {@code op} meets. */
    static List<Optional<Fault>> forOperation(Operation op) {
        int ok = GatewayCalls.successStatus(op);
        List<Fault> faults = new ArrayList<>(List.of(
                Fault.respond(503, Map.of(), ""),
                FaultCase.BURST_429_ONCE.fault(op),
                FaultCase.DAILY_429.fault(op),
                Fault.respond(400, "{\"statusCode\":400,\"message\":\"Bad Request\"}"),
                Fault.respond(401, "{\"statusCode\":401,\"message\":\"Invalid token: access token is invalid\"}"),
                Fault.respond(403, "{\"statusCode\":403,\"message\":\"The token does not have access\"}"),
                Fault.respond(422, "{\"statusCode\":422,\"message\":[\"name must be a string\"]}"),
                Fault.malformedJson(ok),
                Fault.truncatedResponse(5),
                Fault.closeConnection(),
                Fault.dropResponse(),
                Fault.hugeBody(ok, 8 * 1024 * 1024),
                Fault.respond(307, Map.of("Location", List.of("http://127.0.0.1:1/elsewhere")), ""),
                // A server (or proxy) that echoes the Authorization header back, in JSON, HTML and a bad 2xx.
                Fault.respond(400, "{\"statusCode\":400,\"message\":\"bad header Authorization: Bearer "
                        + Stacks.TOKEN + "\"}"),
                Fault.respond(502, Map.of("Content-Type", List.of("text/html")), "<html>Bearer " + Stacks.TOKEN),
                Fault.respond(418, Map.of(), "you sent Bearer " + Stacks.TOKEN),
                Fault.respond(ok, "{\"echo\":\"Bearer " + Stacks.TOKEN + "\","),
                // ... or the bare token, where no pattern could tell it is one.
                Fault.respond(401, "{\"statusCode\":401,\"message\":\"Invalid token " + Stacks.TOKEN + "\"}"),
                Fault.respond(422, "{\"statusCode\":422,\"message\":[\"" + Stacks.TOKEN + " is not allowed\"]}"),
                Fault.respond(418, Map.of(), "you sent " + Stacks.TOKEN),
                Fault.respond(ok, "{\"echo\":\"" + Stacks.TOKEN + "\",")));
        if (op == Operation.GET || op == Operation.CREATE) {
            faults.add(Fault.delay(FaultCase.SLOW_ANSWER));
        }
        List<Optional<Fault>> all = new ArrayList<>();
        all.add(Optional.empty());
        faults.forEach(f -> all.add(Optional.of(f)));
        return all;
    }
}
