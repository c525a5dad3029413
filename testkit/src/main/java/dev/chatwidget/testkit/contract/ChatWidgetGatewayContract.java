package dev.chatwidget.testkit.contract;

/**
 * The contract every {@link dev.chatwidget.core.port.out.ChatWidgetGateway} must pass. Implement this interface
 * in a test class, return the gateway from {@link #gateway()}, declare {@link #capabilities()} and supply their
 * hooks; JUnit runs every test of every topic below against it.
 *
 * <pre>{@code
 * class MyGatewayContractTest implements ChatWidgetGatewayContract {
 *     private final MyGateway gateway = new MyGateway(...);
 *     public ChatWidgetGateway gateway() { return gateway; }
 * }
 * }</pre>
 */
public interface ChatWidgetGatewayContract extends CreateContract, DefaultRuleContract, DeleteContract,
        UpdateContract, SettingsContract, CloneContract, ListContract, FilterContract, CreationSourceContract, ErrorContract,
        ReadContract {
}
