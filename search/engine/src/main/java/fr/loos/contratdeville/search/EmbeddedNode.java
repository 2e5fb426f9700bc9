package fr.loos.contratdeville.search;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;

import org.opensearch.analysis.common.CommonAnalysisPlugin;
import org.opensearch.common.settings.Settings;
import org.opensearch.node.InternalSettingsPreparer;
import org.opensearch.node.Node;
import org.opensearch.transport.Netty4Plugin;

/**
 * One OpenSearch node on 127.0.0.1, for the tests and local development.
 *
 * <p>Node's plugin-taking constructor is protected: this subclass hands it the HTTP transport
 * and the analysis module as classpath plugins, as OpenSearch's own test framework does, so
 * no distribution archive is needed. Arguments: the HTTP port and the home folder (data and
 * logs go below it). It runs in the foreground until it is stopped (SIGTERM or Ctrl-C).
 */
public final class EmbeddedNode extends Node {

    private EmbeddedNode(Settings settings) {
        super(
            InternalSettingsPreparer.prepareEnvironment(settings, Collections.emptyMap(), null, () -> "contrat-de-ville"),
            List.of(Netty4Plugin.class, CommonAnalysisPlugin.class),
            true
        );
    }

    public static void main(String[] args) throws Exception {
        int port = Integer.parseInt(args.length > 0 ? args[0] : "9200");
        Path home = Path.of(args.length > 1 ? args[1] : "var/search-engine").toAbsolutePath();
        Files.createDirectories(home.resolve("data"));
        Settings settings = Settings.builder()
            .put("cluster.name", "contrat-de-ville")
            .put("node.name", "contrat-de-ville")
            .put("path.home", home.toString())
            .put("path.data", home.resolve("data").toString())
            .put("network.host", "127.0.0.1")
            .put("http.port", port)
            // Any free transport port: two checkouts may run their nodes at once.
            .put("transport.port", "9300-9499")
            .put("http.type", "netty4")
            .put("transport.type", "netty4")
            .put("discovery.type", "single-node")
            // A laptop's nearly full disk must not turn the indexes read-only.
            .put("cluster.routing.allocation.disk.threshold_enabled", false)
            .build();
        Node node = new EmbeddedNode(settings);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                node.close();
            } catch (Exception e) {
                e.printStackTrace();
            }
            stopped.countDown();
        }));
        node.start();
        System.out.println("OpenSearch answers on http://127.0.0.1:" + port);
        stopped.await();
    }
}
