package govkg.neo4j;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;

import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.SettingValueParsers;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.BoltConnectorInternalSettings;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.graphdb.QueryExecutionException;
import org.neo4j.internal.kernel.api.connectioninfo.ClientConnectionInfo;
import org.neo4j.internal.kernel.api.security.AuthenticationResult;
import org.neo4j.internal.kernel.api.security.LoginContext;
import org.neo4j.kernel.api.security.AuthManager;
import org.neo4j.kernel.api.security.AuthToken;
import org.neo4j.kernel.internal.GraphDatabaseAPI;

/**
 * govkg's local Neo4j: Neo4j Community embedded, with only its Bolt connector open, on 127.0.0.1.
 *
 * <pre>
 * java @neo4j_server/jvm.options -Xmx1g -cp 'target/classes:target/lib/*' govkg.neo4j.GovkgNeo4j \
 *      --home var/neo4j --port 7687 [--host 127.0.0.1] [--pagecache 128m]
 * </pre>
 *
 * <p>Environment: NEO4J_USER (default neo4j) and NEO4J_PASSWORD (default govkg-local, at least 8 characters).
 * Authentication stays on: at every start, unless that login already works, the user's password is set to
 * NEO4J_PASSWORD in the system database (the user is created if missing), so changing the variable and
 * restarting is enough; a password changed from inside Neo4j is reset to NEO4J_PASSWORD at the next start.
 * GOVKG_NEO4J_PORT and GOVKG_NEO4J_PAGECACHE are used when --port / --pagecache are not given.
 *
 * <p>Prints one line "govkg-neo4j: ready bolt://HOST:PORT" when Bolt is listening and the password is set.
 * Stops cleanly on SIGTERM/SIGINT (shutdown hook); exits 1 if Neo4j cannot start, 2 on bad arguments.
 */
public final class GovkgNeo4j {
    private static final DateTimeFormatter TS = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS");

    private GovkgNeo4j() {}

    public static void main(String[] args) {
        Map<String, String> opts;
        try {
            opts = parseArgs(args);
        } catch (IllegalArgumentException e) {
            log("error: " + e.getMessage());
            System.exit(2);
            return;
        }
        Path home = Path.of(opts.getOrDefault("home", "var/neo4j")).toAbsolutePath();
        String host = opts.getOrDefault("host", "127.0.0.1");
        int port = Integer.parseInt(opts.getOrDefault("port", env("GOVKG_NEO4J_PORT", "7687")));
        String pagecache = opts.getOrDefault("pagecache", env("GOVKG_NEO4J_PAGECACHE", "128m"));
        String user = env("NEO4J_USER", "neo4j");
        String password = env("NEO4J_PASSWORD", "govkg-local");

        AtomicReference<DatabaseManagementService> service = new AtomicReference<>();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            DatabaseManagementService dbms = service.getAndSet(null);
            if (dbms != null) {
                log("stopping");
                dbms.shutdown();
                log("stopped");
            }
            stopped.countDown();
        }, "govkg-neo4j-shutdown"));

        log("starting Neo4j in " + home + " with Bolt on " + host + ":" + port + ", page cache " + pagecache);
        try {
            DatabaseManagementService dbms = new DatabaseManagementServiceBuilder(home)
                    .setConfig(BoltConnector.enabled, true)
                    .setConfig(BoltConnector.listen_address, new SocketAddress(host, port))
                    .setConfig(BoltConnector.advertised_address, new SocketAddress(host, port))
                    .setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
                    // No second port (7688 by default) that would clash between two local instances.
                    .setConfig(GraphDatabaseSettings.routing_enabled, false)
                    // A local server stops in about a second instead of waiting 2 x 5 s for idle Bolt threads.
                    .setConfig(BoltConnectorInternalSettings.connection_shutdown_wait_time, Duration.ofSeconds(1))
                    .setConfig(BoltConnectorInternalSettings.thread_pool_shutdown_wait_time, Duration.ofSeconds(1))
                    .setConfig(GraphDatabaseSettings.udc_enabled, false) // no usage reports from a local tool
                    .setConfig(GraphDatabaseSettings.auth_enabled, true)
                    // LOAD CSV may not read the server's files: no file:// URLs at all, and an import
                    // directory that is empty (a statement that gets past the first still finds nothing).
                    .setConfig(GraphDatabaseSettings.allow_file_urls, false)
                    .setConfig(GraphDatabaseSettings.load_csv_file_url_root, emptyImportDir(home))
                    .setConfig(GraphDatabaseSettings.pagecache_memory, SettingValueParsers.BYTES.parse(pagecache))
                    // Transaction logs sized for a local tool: 64 MiB files, not preallocated (the default
                    // preallocates 256 MiB per database), and about 256 MiB kept instead of two days' worth.
                    .setConfig(GraphDatabaseSettings.logical_log_rotation_threshold, 64L << 20)
                    .setConfig(GraphDatabaseSettings.preallocate_logical_logs, false)
                    .setConfig(GraphDatabaseSettings.keep_logical_logs, "256M size")
                    .build();
            service.set(dbms);
            setPassword(dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME), user, password);
        } catch (Throwable e) {
            e.printStackTrace(System.out);
            DatabaseManagementService dbms = service.getAndSet(null);
            if (dbms != null) {
                dbms.shutdown();
            }
            Throwable root = e;
            while (root.getCause() != null && root.getCause() != root) {
                root = root.getCause();
            }
            // Last line of the log, so that the launcher's "tail of the log" starts from the reason.
            log("error: Neo4j did not start: " + e + (root == e ? "" : " (cause: " + root + ")"));
            Runtime.getRuntime().halt(1);
        }
        log("ready bolt://" + host + ":" + port + " (user " + user + ", logs in " + home.resolve("logs") + ")");
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** An empty directory under the home, made on every start (anything found in it is removed). */
    private static Path emptyImportDir(Path home) throws java.io.IOException {
        Path dir = home.resolve("import");
        if (java.nio.file.Files.isDirectory(dir)) {
            try (var walk = java.nio.file.Files.walk(dir)) {
                for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    if (!p.equals(dir)) {
                        java.nio.file.Files.delete(p);
                    }
                }
            }
        }
        java.nio.file.Files.createDirectories(dir);
        return dir;
    }

    /** Make the configured user log in with the configured password, without a forced change. */
    private static void setPassword(GraphDatabaseService system, String user, String password) {
        if (canLogIn(system, user, password)) {
            return; // the usual restart: nothing to change, and no Cypher to warm up (saves ~2.5 s)
        }
        log("setting the password of user " + user);
        Map<String, Object> params = Map.of("user", user, "password", password);
        boolean exists = system.executeTransactionally(
                "SHOW USERS YIELD user WHERE user = $user RETURN count(*) AS n", params,
                result -> ((Number) result.next().get("n")).longValue() > 0);
        if (!exists) {
            system.executeTransactionally("CREATE USER $user SET PASSWORD $password CHANGE NOT REQUIRED", params);
            return;
        }
        try {
            system.executeTransactionally("ALTER USER $user SET PASSWORD $password CHANGE NOT REQUIRED", params);
        } catch (QueryExecutionException e) {
            // Neo4j refuses to "change" a password to the one it already has: then only clear the change flag.
            if (e.getMessage() == null || !e.getMessage().contains("cannot be the same")) {
                throw e;
            }
            system.executeTransactionally("ALTER USER $user SET PASSWORD CHANGE NOT REQUIRED", params);
        }
    }

    /**
     * Would Bolt accept this login right now? Asks the DBMS's own AuthManager (the check Bolt makes), which is
     * internal API: if it is not there in another Neo4j version, answer false and let Cypher set the password.
     */
    private static boolean canLogIn(GraphDatabaseService system, String user, String password) {
        try {
            AuthManager auth = ((GraphDatabaseAPI) system).getDependencyResolver().resolveDependency(AuthManager.class);
            LoginContext login = auth.login(AuthToken.newBasicAuthToken(user, password),
                    ClientConnectionInfo.EMBEDDED_CONNECTION);
            return login.subject().getAuthenticationResult() == AuthenticationResult.SUCCESS;
        } catch (Exception | LinkageError e) {
            log("cannot check the password through AuthManager (" + e + "); setting it with Cypher");
            return false;
        }
    }

    private static Map<String, String> parseArgs(String[] args) {
        Map<String, String> opts = new HashMap<>();
        for (int i = 0; i < args.length; i += 2) {
            String key = args[i];
            if (!key.startsWith("--") || i + 1 >= args.length) {
                throw new IllegalArgumentException("usage: GovkgNeo4j [--home DIR] [--port N] [--host H] [--pagecache SIZE]");
            }
            opts.put(key.substring(2), args[i + 1]);
        }
        return opts;
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isEmpty() ? fallback : value;
    }

    private static void log(String message) {
        System.out.println(LocalDateTime.now().format(TS) + " govkg-neo4j: " + message);
        System.out.flush();
    }
}
