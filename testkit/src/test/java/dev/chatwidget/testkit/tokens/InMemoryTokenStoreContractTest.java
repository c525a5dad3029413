package dev.chatwidget.testkit.tokens;

import dev.chatwidget.core.application.auth.InMemoryTokenStore;
import dev.chatwidget.core.port.out.TokenStore;

/** The in-memory store keeps the shared-store contract (for the providers of one JVM). */
class InMemoryTokenStoreContractTest implements TokenStoreContract {

    private final InMemoryTokenStore store = new InMemoryTokenStore();

    @Override
    public TokenStore store() {
        return store;
    }
}
