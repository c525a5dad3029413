package dev.chatwidget.core.inject.environment;

import com.google.inject.Module;
import dev.chatwidget.core.call.HighLevelApi;
import dev.chatwidget.core.domain.auth.AccessToken;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The composition root's helper: picks the adapter from configuration and builds its Guice module, so one
 * application runs on the in-memory fake in tests and on HTTP in production without a code change.
 *
 * <p>The adapter's name comes from code ({@link #adapter}), else the {@code chatwidget.adapter} system property,
 * else the {@code CHATWIDGET_ADAPTER} environment variable, else {@link #defaultAdapter}; the token from
 * {@code HIGHLEVEL_TOKEN}; the base URL from {@code HIGHLEVEL_BASE_URL} (default
 * {@link HighLevelApi#BASE_URL}). Adapters are found with {@link ServiceLoader}, so only the chosen
 * one needs to be on the classpath. Every problem is one {@link ChatWidgetsConfigurationException} saying what to
 * set. Immutable: each {@code with}-style method returns a copy.
 */
public final class ChatWidgetsEnvironment {

    public static final String ADAPTER_VARIABLE = "CHATWIDGET_ADAPTER";
    public static final String ADAPTER_PROPERTY = "chatwidget.adapter";
    public static final String TOKEN_VARIABLE = "HIGHLEVEL_TOKEN";
    public static final String BASE_URL_VARIABLE = "HIGHLEVEL_BASE_URL";
    public static final URI DEFAULT_BASE_URL = URI.create(HighLevelApi.BASE_URL);
    public static final String DEFAULT_TOKEN_HINT =
            "set HIGHLEVEL_TOKEN to a private integration token or a location access token";

    private static final System.Logger LOG = System.getLogger(ChatWidgetsEnvironment.class.getName());

    private final Function<String, Optional<String>> env;
    private final Function<String, Optional<String>> properties;
    private final Optional<Choice> chosen;
    private final Optional<String> token;
    private final Optional<URI> baseUrl;
    private final Optional<String> defaultAdapter;
    private final Supplier<Iterable<AdapterProvider>> providers;
    private final String tokenHint;

    private record Choice(String name, String origin) {
    }

    private ChatWidgetsEnvironment(Function<String, Optional<String>> env,
                                   Function<String, Optional<String>> properties, Optional<Choice> chosen,
                                   Optional<String> token, Optional<URI> baseUrl, Optional<String> defaultAdapter,
                                   Supplier<Iterable<AdapterProvider>> providers, String tokenHint) {
        this.env = env;
        this.properties = properties;
        this.chosen = chosen;
        this.token = token;
        this.baseUrl = baseUrl;
        this.defaultAdapter = defaultAdapter;
        this.providers = providers;
        this.tokenHint = tokenHint;
    }

    /** Reads the process's environment variables and system properties. */
    public static ChatWidgetsEnvironment fromSystem() {
        return from(System::getenv, System::getProperty);
    }

    /** Reads only {@code variables} (no system properties): for tests, which should not touch the real ones. */
    public static ChatWidgetsEnvironment from(Map<String, String> variables) {
        Map<String, String> copy = Map.copyOf(variables);
        return from(copy::get, name -> null);
    }

    /** Reads environment variables and system properties through the given lookups (null meaning unset). */
    public static ChatWidgetsEnvironment from(Function<String, String> variables, Function<String, String> props) {
        Objects.requireNonNull(variables, "variables");
        Objects.requireNonNull(props, "props");
        Function<String, Optional<String>> env = name -> SettingValues.nonBlank(variables.apply(name));
        Function<String, Optional<String>> properties = name -> SettingValues.nonBlank(props.apply(name));
        ClassLoader loader = ChatWidgetsEnvironment.class.getClassLoader();
        return new ChatWidgetsEnvironment(env, properties, Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), () -> ServiceLoader.load(AdapterProvider.class, loader), DEFAULT_TOKEN_HINT);
    }

    /** Chooses the adapter in code; this wins over the system property and the environment. */
    public ChatWidgetsEnvironment adapter(String name) {
        return adapter(name, "code");
    }

    /** Chooses the adapter, naming where the choice came from (e.g. a command-line option) for messages. */
    public ChatWidgetsEnvironment adapter(String name, String origin) {
        Choice choice = new Choice(Objects.requireNonNull(name, "name"), Objects.requireNonNull(origin, "origin"));
        return new ChatWidgetsEnvironment(env, properties, Optional.of(choice), token, baseUrl, defaultAdapter,
                providers, tokenHint);
    }

    /** The adapter used when neither code, property nor environment names one (otherwise that is an error). */
    public ChatWidgetsEnvironment defaultAdapter(String name) {
        return new ChatWidgetsEnvironment(env, properties, chosen, token, baseUrl,
                Optional.of(Objects.requireNonNull(name, "name")), providers, tokenHint);
    }

    /** Sets the token in code; this wins over {@code HIGHLEVEL_TOKEN}. */
    public ChatWidgetsEnvironment token(String value) {
        return new ChatWidgetsEnvironment(env, properties, chosen, Optional.of(Objects.requireNonNull(value, "token")),
                baseUrl, defaultAdapter, providers, tokenHint);
    }

    /** Sets the base URL in code; this wins over {@code HIGHLEVEL_BASE_URL}. */
    public ChatWidgetsEnvironment baseUrl(URI value) {
        return new ChatWidgetsEnvironment(env, properties, chosen, token,
                Optional.of(Objects.requireNonNull(value, "baseUrl")), defaultAdapter, providers, tokenHint);
    }

    /**
     * What the missing-token message tells the user to do (default: {@value #DEFAULT_TOKEN_HINT}), for programs
     * that take the token another way too, such as a command-line option.
     */
    public ChatWidgetsEnvironment tokenHint(String value) {
        return new ChatWidgetsEnvironment(env, properties, chosen, token, baseUrl, defaultAdapter, providers,
                Objects.requireNonNull(value, "tokenHint"));
    }

    /** Uses these providers instead of discovering them with {@link ServiceLoader}. */
    public ChatWidgetsEnvironment providers(Iterable<AdapterProvider> value) {
        List<AdapterProvider> copy = new ArrayList<>();
        value.forEach(copy::add);
        return new ChatWidgetsEnvironment(env, properties, chosen, token, baseUrl, defaultAdapter,
                () -> List.copyOf(copy), tokenHint);
    }

    /** The names of the adapters on the classpath, sorted. */
    public List<String> available() {
        return List.copyOf(discover().keySet());
    }

    /** The checked settings for the chosen adapter. */
    public EnvironmentSettings settings() {
        return resolve().settings();
    }

    /** The chosen adapter's module, ready for {@code Guice.createInjector(Stage.PRODUCTION, module)}. */
    public Module module() {
        Resolved resolved = resolve();
        EnvironmentSettings settings = resolved.settings();
        LOG.log(System.Logger.Level.INFO, () -> "chat-widget: using the " + settings.adapter() + " adapter (from "
                + settings.origin() + ")" + (resolved.provider().needsToken() ? " at " + settings.baseUrl() : ""));
        return resolved.provider().module(settings);
    }

    private record Resolved(AdapterProvider provider, EnvironmentSettings settings) {
    }

    private Resolved resolve() {
        Choice choice = choice();
        String name = choice.name().trim().toLowerCase(Locale.ROOT);
        Map<String, AdapterProvider> found = discover();
        AdapterProvider provider = found.get(name);
        if (provider == null) {
            throw new ChatWidgetsConfigurationException(AdapterNames.notFound(name, choice.origin(), found.keySet()));
        }
        URI url = baseUrl.isPresent() ? baseUrl.get() : env.apply(BASE_URL_VARIABLE).map(SettingValues::baseUrl)
                .orElse(DEFAULT_BASE_URL);
        Optional<AccessToken> accessToken = token.or(() -> env.apply(TOKEN_VARIABLE))
                .map(SettingValues::token);
        if (provider.needsToken() && accessToken.isEmpty()) {
            throw new ChatWidgetsConfigurationException("The " + name + " adapter (from " + choice.origin()
                    + ") needs a token: " + tokenHint);
        }
        Function<String, Optional<String>> variables = key -> env.apply(key).or(() -> properties.apply(key));
        return new Resolved(provider, new EnvironmentSettings(name, choice.origin(), url, accessToken, variables));
    }

    private Choice choice() {
        return chosen
                .or(() -> properties.apply(ADAPTER_PROPERTY).map(n -> new Choice(n, "system property "
                        + ADAPTER_PROPERTY)))
                .or(() -> env.apply(ADAPTER_VARIABLE).map(n -> new Choice(n, ADAPTER_VARIABLE)))
                .or(() -> defaultAdapter.map(n -> new Choice(n, "the default")))
                .orElseThrow(() -> new ChatWidgetsConfigurationException("No chat-widget adapter chosen: set "
                        + ADAPTER_VARIABLE + " (or -D" + ADAPTER_PROPERTY + ") to one of "
                        + String.join(", ", AdapterNames.all(discover().keySet()))));
    }

    private Map<String, AdapterProvider> discover() {
        Map<String, AdapterProvider> found = new java.util.TreeMap<>();
        for (AdapterProvider provider : providers.get()) {
            found.putIfAbsent(provider.name().toLowerCase(Locale.ROOT), provider);
        }
        return found;
    }
}
