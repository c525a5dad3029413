package dev.chatwidget.testkit.tokens;

import dev.chatwidget.core.application.auth.FileTokenStore;
import dev.chatwidget.core.port.out.TokenStore;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/**
 * The file store keeps the shared-store contract; each {@link #store()} is a new instance on the same file, as
 * separate processes on one host would have.
 */
class FileTokenStoreContractTest implements TokenStoreContract {

    @TempDir
    Path dir;

    @Override
    public TokenStore store() {
        return new FileTokenStore(dir.resolve("tokens.properties"));
    }
}
