package org.heliodeck.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.util.concurrent.Callable;
import org.heliodeck.core.UserDirectories;
import org.heliodeck.data.Providers;
import org.heliodeck.data.ServiceEndpoints;
import org.heliodeck.data.inventory.InventoryStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code heliodeck provider}: the data sources, HAPI servers of one's own, and where the web services are. */
@Command(
        name = "provider",
        description = "List the providers; add a HAPI server; point a web service at a mirror.",
        subcommands = {ProviderCommand.ListProviders.class, ProviderCommand.Add.class, ProviderCommand.Remove.class,
            ProviderCommand.Url.class})
final class ProviderCommand {

    private static ServiceEndpoints endpoints() {
        return new ServiceEndpoints(UserDirectories.current().config());
    }

    @Command(name = "list", description = "Every provider, by name, as 'get', 'search' and 'serve' know them.")
    static final class ListProviders implements Callable<Integer> {
        @Spec
        private CommandSpec spec;

        @Override
        public Integer call() throws IOException {
            Providers providers = Providers.installed(UserDirectories.current().config());
            PrintWriter out = spec.commandLine().getOut();
            for (String name : providers.names()) {
                out.printf("%-14s %s%n", name, providers.require(name));
            }
            out.flush();
            return 0;
        }
    }

    @Command(name = "add", description = "Add a HAPI server (its catalog then appears in 'inventory update', its data in 'get').",
            footer = {"", "Example:", "  heliodeck provider add lab http://127.0.0.1:8080/hapi"})
    static final class Add implements Callable<Integer> {
        @Spec
        private CommandSpec spec;

        @Parameters(index = "0", paramLabel = "NAME")
        private String name;

        @Parameters(index = "1", paramLabel = "URL", description = "The server's hapi root, e.g. https://host/hapi.")
        private URI url;

        @Override
        public Integer call() throws IOException {
            endpoints().addHapiServer(name, url);
            spec.commandLine().getOut().printf("HAPI server %s: %s%n", name, url);
            spec.commandLine().getOut().flush();
            return 0;
        }
    }

    @Command(name = "remove", description = "Forget a HAPI server added with 'provider add', and its inventory.")
    static final class Remove implements Callable<Integer> {
        @Spec
        private CommandSpec spec;

        @Parameters(paramLabel = "NAME")
        private String name;

        @Override
        public Integer call() throws IOException {
            if (!endpoints().removeHapiServer(name)) {
                throw new IllegalArgumentException("no HAPI server of yours is named " + name + " (see 'heliodeck provider list')");
            }
            InventoryStore.inUserCache().remove(name);
            spec.commandLine().getOut().println("removed " + name);
            spec.commandLine().getOut().flush();
            return 0;
        }
    }

    @Command(name = "url", description = "Point a web service (amda, cdaweb, csa, sscweb, cdaweb-hapi…) at another root, e.g. a mirror;"
            + " without URL, back to its public root.")
    static final class Url implements Callable<Integer> {
        @Spec
        private CommandSpec spec;

        @Parameters(index = "0", paramLabel = "NAME")
        private String name;

        @Parameters(index = "1", arity = "0..1", paramLabel = "URL")
        private URI url;

        @Override
        public Integer call() throws IOException {
            Providers.installed(UserDirectories.current().config()).require(name);
            endpoints().setRoot(name, url);
            spec.commandLine().getOut().printf("%s: %s%n", name, url == null ? "public root" : url);
            spec.commandLine().getOut().flush();
            return 0;
        }
    }
}
