package dev.inquirygraph.testneo4j;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.io.ByteUnit;

/**
 * Runs a Neo4j Community DBMS in-process with a Bolt connector, for tests and local use.
 *
 * <p>Usage: {@code java -cp ... Neo4jLauncher <port> <homeDir>}. Everything Neo4j writes (store,
 * transaction logs, logs/debug.log) lives under {@code homeDir}, so deleting it resets the database.
 *
 * <p>Protocol with the parent process (see tests/neo4j/neo4jServer.ts): one line
 * {@code NEO4J_READY bolt://127.0.0.1:<port> <version>} on stdout once Bolt is up. The DBMS is shut
 * down cleanly on SIGTERM/SIGINT and when stdin reaches EOF, so a server cannot outlive a parent
 * that died without stopping it.
 *
 * <p>Memory settings come from system properties so the parent can size the server for the data
 * set (tests/neo4j/neo4jServer.ts, option {@code memory}); the defaults suit the tiny test data
 * sets. Sizes use Neo4j's syntax ({@code 512m}, {@code 4g}); a transaction limit of {@code 0}
 * means unlimited.
 * <ul>
 *   <li>{@code inquirygraph.neo4j.pageCache}: server.memory.pagecache.size (default 128m)</li>
 *   <li>{@code inquirygraph.neo4j.transactionMax}: db.memory.transaction.max, one
 *       transaction (default 128m)</li>
 *   <li>{@code inquirygraph.neo4j.transactionTotalMax}: dbms.memory.transaction.total.max,
 *       all transactions together (default 256m)</li>
 * </ul>
 */
public final class Neo4jLauncher {
    private static final AtomicBoolean stopping = new AtomicBoolean(false);
    private static volatile DatabaseManagementService dbms;

    public static void main(String[] args) {
        if (args.length != 2) {
            System.err.println("usage: Neo4jLauncher <boltPort> <homeDir>");
            System.exit(2);
        }
        int port = Integer.parseInt(args[0]);
        Path home = Path.of(args[1]).toAbsolutePath();

        // Registered before start-up so a signal during start-up still exits promptly.
        Runtime.getRuntime().addShutdownHook(new Thread(Neo4jLauncher::shutdown, "neo4j-shutdown"));
        watchStdin();

        String version;
        try {
            dbms = start(home, port);
            // A first query both warms up Cypher and proves the default database is online.
            GraphDatabaseService db = dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
            version = db.executeTransactionally(
                    "CALL dbms.components() YIELD versions RETURN versions[0] AS v",
                    Map.of(),
                    result -> String.valueOf(result.next().get("v")));
        } catch (Throwable e) {
            // Exit explicitly: a half-started DBMS may leave non-daemon threads keeping the JVM alive.
            System.err.println("NEO4J_FAILED " + e);
            e.printStackTrace();
            System.exit(1);
            return;
        }

        System.out.println("NEO4J_READY bolt://127.0.0.1:" + port + " " + version);
        System.out.flush();
    }

    private static DatabaseManagementService start(Path home, int port) {
        return new DatabaseManagementServiceBuilder(home)
                .setConfig(BoltConnector.enabled, true)
                .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
                .setConfig(BoltConnector.advertised_address, new SocketAddress("127.0.0.1", port))
                .setConfig(HttpConnector.enabled, false)
                .setConfig(GraphDatabaseSettings.auth_enabled, false)
                // Small footprint by default: test data sets are tiny and CI machines have 2 cores.
                .setConfig(GraphDatabaseSettings.pagecache_memory, bytes("inquirygraph.neo4j.pageCache", "128m"))
                .setConfig(GraphDatabaseSettings.memory_transaction_global_max_size,
                        bytes("inquirygraph.neo4j.transactionTotalMax", "256m"))
                .setConfig(GraphDatabaseSettings.memory_transaction_max_size,
                        bytes("inquirygraph.neo4j.transactionMax", "128m"))
                // Don't reserve a 256 MB transaction log file per database up front.
                .setConfig(GraphDatabaseSettings.preallocate_logical_logs, false)
                // Otherwise Bolt's Netty shutdown idles ~10 s after the store is already closed,
                // which makes every stop (and outage tests) slow. Neo4j's test harness does the same.
                .setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, 0)
                .setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_timeout, Duration.ofSeconds(3))
                .build();
    }

    /** A size from a system property (e.g. "4g"), or the default; a malformed value stops start-up. */
    private static long bytes(String property, String fallback) {
        String value = System.getProperty(property, fallback).trim();
        try {
            return ByteUnit.parse(value);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("-D" + property + "=" + value + " is not a size like 512m or 4g", e);
        }
    }

    /** Exits (running the shutdown hook) once the parent closes our stdin, e.g. because it died. */
    private static void watchStdin() {
        Thread t = new Thread(() -> {
            try {
                InputStream in = System.in;
                byte[] buf = new byte[256];
                while (in.read(buf) != -1) {
                    // Input is ignored; only EOF matters.
                }
            } catch (IOException ignored) {
                // A broken pipe means the parent is gone too.
            }
            System.exit(0);
        }, "stdin-watch");
        t.setDaemon(true);
        t.start();
    }

    private static void shutdown() {
        if (!stopping.compareAndSet(false, true)) {
            return;
        }
        DatabaseManagementService current = dbms;
        if (current != null) {
            current.shutdown();
            System.out.println("NEO4J_STOPPED");
            System.out.flush();
        }
    }

    private Neo4jLauncher() {}
}
