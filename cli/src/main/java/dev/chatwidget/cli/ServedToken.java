package dev.chatwidget.cli;

import dev.chatwidget.core.domain.LocationId;
import dev.chatwidget.testkit.server.Scopes;
import dev.chatwidget.testkit.server.TokenAccess;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** One {@code serve --token TOKEN=LOCATION[,LOCATION...]}: a token with every scope for those locations. */
record ServedToken(String value, TokenAccess grant) {

    private static final String FORM = "serve --token takes TOKEN=LOCATION[,LOCATION...] (TOKEN=* for every location)";

    static List<ServedToken> parseAll(List<String> options) {
        if (options.isEmpty()) {
            throw new UsageException("serve needs at least one --token: " + FORM.substring(FORM.indexOf("TOKEN=")));
        }
        List<ServedToken> tokens = new ArrayList<>();
        for (String option : options) {
            tokens.add(parse(option));
        }
        return tokens;
    }

    static ServedToken parse(String option) {
        // Locations never hold '=', tokens may (base64 padding): the last '=' separates them.
        int eq = option.lastIndexOf('=');
        if (eq <= 0 || eq == option.length() - 1) {
            throw new UsageException(FORM);
        }
        String token = option.substring(0, eq);
        String reach = option.substring(eq + 1);
        if (reach.equals("*")) {
            return new ServedToken(token, TokenAccess.anyLocation(Scopes.ALL));
        }
        Set<LocationId> locations = new LinkedHashSet<>();
        for (String location : reach.split(",", -1)) {
            try {
                locations.add(LocationId.of(location.trim()));
            } catch (IllegalArgumentException e) {
                throw new UsageException(FORM + ": '" + location + "' is not a location id");
            }
        }
        return new ServedToken(token, TokenAccess.of(locations, Scopes.ALL));
    }

    /** Where the token reaches, for messages (never the token itself). */
    String reach() {
        return grant.anyLocation() ? "every location" : String.join(",",
                grant.locations().stream().map(LocationId::value).sorted().toList());
    }
}
