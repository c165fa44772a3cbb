package org.zenome.cli;

import java.util.List;

/**
 * Sub-commands contributed by a module that core does not depend on (e.g. {@code report} and {@code export} from
 * app/report), found with {@link java.util.ServiceLoader} on the class path. Each element is a picocli
 * {@code @Command} object; it may return {@link ZenomeCli} exit codes from {@code call()}.
 */
public interface CommandProvider {
    List<Object> commands();
}
