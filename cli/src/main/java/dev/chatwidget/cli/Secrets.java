package dev.chatwidget.cli;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/** The tokens a command line carries (options and environment), so that no message ever shows one. */
final class Secrets {

    private final List<String> values;

    private Secrets(List<String> values) {
        this.values = values.stream().filter(v -> v.length() >= 4).distinct()
                .sorted(Comparator.comparingInt(String::length).reversed()).toList();
    }

    /** Finds the secrets in {@code --token VALUE}, {@code --token=VALUE} and {@code HIGHLEVEL_TOKEN}. */
    static Secrets in(String[] args, Map<String, String> env) {
        List<String> found = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (arg.equals("--token") && i + 1 < args.length) {
                found.addAll(tokenParts(args[i + 1]));
            } else if (arg.startsWith("--token=")) {
                found.addAll(tokenParts(arg.substring("--token=".length())));
            }
        }
        String fromEnv = env.get("HIGHLEVEL_TOKEN");
        if (fromEnv != null) {
            found.add(fromEnv.trim());
        }
        return new Secrets(found);
    }

    /** {@code serve --token TOKEN=LOCATIONS} carries the token before the '='. */
    private static List<String> tokenParts(String value) {
        int eq = value.lastIndexOf('=');
        return eq > 0 ? List.of(value, value.substring(0, eq)) : List.of(value);
    }

    String redact(String text) {
        String out = text == null ? "" : text;
        for (String secret : values) {
            out = out.replace(secret, "****");
        }
        return out;
    }
}
