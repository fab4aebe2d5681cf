package dev.assay.deploy.local;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CommandLineTest {

    @TempDir
    Path repo;

    private StackConfig parse(Map<String, String> env, String... args) {
        return CommandLine.parse(args, env, repo);
    }

    @Test
    void withNothingGivenEverythingIsEmbeddedOnTheDefaultPortsWithDataUnderDotData() {
        StackConfig config = parse(Map.of(), "--home=" + repo);

        assertThat(config).isEqualTo(StackConfig.defaults(repo));
        assertThat(config.kafkaBootstrapServers()).isEqualTo("127.0.0.1:9092");
        assertThat(config.mongoUri()).isEqualTo("mongodb://127.0.0.1:27017/assay");
        assertThat(config.dataDir()).isEqualTo(repo.resolve(".data"));
        assertThat(config.startupTimeout()).isEqualTo(Duration.ofSeconds(300));
    }

    @Test
    void environmentVariablesSetThePortsDataDirectoryResetScopeAndTimeout() {
        StackConfig config = parse(Map.ofEntries(Map.entry("ASSAY_HOME", repo.toString()),
                Map.entry("ASSAY_DATA_DIR", "/tmp/assay-data"), Map.entry("ASSAY_INTAKE_PORT", "18081"),
                Map.entry("ASSAY_CLASSIFICATION_PORT", "18082"), Map.entry("ASSAY_REPORT_PORT", "18083"),
                Map.entry("ASSAY_KAFKA_PORT", "19092"), Map.entry("ASSAY_KAFKA_CONTROLLER_PORT", "19099"),
                Map.entry("ASSAY_MONGO_PORT", "37017"), Map.entry("ASSAY_RESET", "true"),
                Map.entry("ASSAY_ONLY", "infra"), Map.entry("ASSAY_STARTUP_TIMEOUT", "60")));

        assertThat(config).isEqualTo(new StackConfig(repo, Path.of("/tmp/assay-data"), true, Scope.INFRA,
                new Ports(18081, 18082, 18083, 19092, 19099, 37017), null, null, Duration.ofSeconds(60),
                Instances.ONE_EACH, 5));
    }

    @Test
    void eachServiceRunsOnceAndAPartIsRestartedUpToFiveTimesAMinuteUnlessToldOtherwise() {
        StackConfig defaults = parse(Map.of(), "--home=" + repo);
        StackConfig configured = parse(Map.of("ASSAY_CLASSIFICATION_INSTANCES", "3", "ASSAY_REPORT_INSTANCES", "4",
                "ASSAY_RESTART_LIMIT", "9"), "--home=" + repo, "--report-instances=2", "--intake-instances", "2",
                "--restart-limit=0");

        assertThat(defaults.instances()).isEqualTo(new Instances(1, 1, 1));
        assertThat(defaults.restartLimit()).isEqualTo(5);
        assertThat(configured.instances()).isEqualTo(new Instances(2, 3, 2));
        assertThat(configured.restartLimit()).isZero();
    }

    @Test
    void aServiceNeedsAtLeastOneInstanceAndTheRestartLimitCannotBeNegative() {
        assertThatThrownBy(() -> parse(Map.of("ASSAY_REPORT_INSTANCES", "0"), "--home=" + repo))
                .isInstanceOf(CommandLine.UsageException.class)
                .hasMessage("--report-instances (ASSAY_REPORT_INSTANCES) must be a positive number, was '0'");
        assertThatThrownBy(() -> parse(Map.of(), "--home=" + repo, "--restart-limit=-1"))
                .isInstanceOf(CommandLine.UsageException.class)
                .hasMessage("--restart-limit (ASSAY_RESTART_LIMIT) must be 0 or a positive number, was '-1'");
    }

    @Test
    void aFurtherInstanceWhosePortIsTakenByAnotherPartIsRejectedNamingTheRule() {
        assertThatThrownBy(() -> parse(Map.of(), "--home=" + repo, "--classification-instances=2",
                "--classification-port=9010", "--kafka-port=9110"))
                .isInstanceOf(CommandLine.UsageException.class)
                .hasMessage("classification-service-2 would listen on port 9110 (--classification-port + 100,"
                        + " ASSAY_CLASSIFICATION_PORT), which is given to another part of the stack");
        assertThatThrownBy(() -> parse(Map.of(), "--home=" + repo, "--report-instances=3", "--report-port=65400"))
                .isInstanceOf(CommandLine.UsageException.class)
                .hasMessage("report-service-3 would listen on port 65600 (--report-port + 200, ASSAY_REPORT_PORT),"
                        + " above 65535");
    }

    @Test
    void theMailServerPortsComeFromTheirFlagsOrEnvironmentVariables() {
        StackConfig config = parse(Map.of("ASSAY_MAIL_SMTP_PORT", "13025"), "--home=" + repo, "--mail-imap-port=13143");

        assertThat(config.ports()).isEqualTo(Ports.DEFAULTS.withMail(13025, 13143));
        assertThat(Ports.DEFAULTS.mailSmtp()).isEqualTo(3025);
        assertThat(Ports.DEFAULTS.mailImap()).isEqualTo(3143);
    }

    @Test
    void theIdentityProviderAndManagementPortsComeFromTheirFlagsOrEnvironmentVariables() {
        StackConfig config = parse(Map.of("ASSAY_AUTH_PORT", "19000", "ASSAY_REPORT_MANAGEMENT_PORT", "19083"),
                "--home=" + repo, "--intake-management-port=19081", "--classification-management-port", "19082");

        assertThat(config.ports()).isEqualTo(Ports.DEFAULTS.withAuth(19000).withManagement(19081, 19082, 19083));
        assertThat(Ports.DEFAULTS.auth()).isEqualTo(9000);
        assertThat(List.of(Ports.DEFAULTS.intakeManagement(), Ports.DEFAULTS.classificationManagement(),
                Ports.DEFAULTS.reportManagement())).containsExactly(9081, 9082, 9083);
    }

    @Test
    void aFurtherInstancesManagementPortMustNotMeetAnotherPart() {
        assertThatThrownBy(() -> parse(Map.of(), "--home=" + repo, "--report-instances=2", "--auth-port=9183"))
                .isInstanceOf(CommandLine.UsageException.class)
                .hasMessage("report-service-2's management would listen on port 9183 (--report-management-port + 100,"
                        + " ASSAY_REPORT_MANAGEMENT_PORT), which is given to another part of the stack");
    }

    @Test
    void flagsWinOverEnvironmentVariablesInBothSpellings() {
        StackConfig config = parse(Map.of("ASSAY_INTAKE_PORT", "18081", "ASSAY_RESET", "false"),
                "--home", repo.toString(), "--intake-port=28081", "--report-port", "28083", "--reset");

        assertThat(config.ports().intake()).isEqualTo(28081);
        assertThat(config.ports().report()).isEqualTo(28083);
        assertThat(config.reset()).isTrue();
    }

    @Test
    void theControllerListensNextToTheBrokerUnlessToldOtherwise() {
        StackConfig config = parse(Map.of(), "--home=" + repo, "--kafka-port=19092");

        assertThat(config.ports().kafkaController()).isEqualTo(19093);
    }

    @Test
    void anExternalKafkaAndMongoReplaceTheEmbeddedOnesAndReachTheServicesUnchanged() {
        StackConfig config = parse(Map.of("KAFKA_BOOTSTRAP_SERVERS", "broker:29092",
                "MONGODB_URI", "mongodb://db:27017/assay?replicaSet=rs0"), "--home=" + repo);

        assertThat(config.embeddedKafka()).isFalse();
        assertThat(config.embeddedMongo()).isFalse();
        assertThat(config.kafkaBootstrapServers()).isEqualTo("broker:29092");
        assertThat(config.mongoUri()).isEqualTo("mongodb://db:27017/assay?replicaSet=rs0");
    }

    @Test
    void theRepositoryIsFoundFromADirectoryInsideIt() throws IOException {
        Files.createDirectories(repo.resolve("deploy/local-stack"));
        Files.writeString(repo.resolve("deploy/local-stack/pom.xml"), "<project/>");
        Path nested = Files.createDirectories(repo.resolve("report-service/src"));

        StackConfig config = CommandLine.parse(new String[0], Map.of(), nested);

        assertThat(config.home()).isEqualTo(repo);
    }

    @Test
    void outsideTheRepositoryWithoutAHomeTheUserIsToldToPassOne() {
        assertThatThrownBy(() -> parse(Map.of()))
                .isInstanceOf(CommandLine.UsageException.class)
                .hasMessageContaining("cannot find the Assay repository from " + repo)
                .hasMessageContaining("--home=<dir>");
    }

    @Test
    void anUnknownOptionIsRejected() {
        assertThatThrownBy(() -> parse(Map.of(), "--home=" + repo, "--kafka=9092"))
                .isInstanceOf(CommandLine.UsageException.class)
                .hasMessage("unknown option '--kafka=9092'");
    }

    @Test
    void aPortThatIsNotANumberIsRejectedNamingTheFlagAndTheVariable() {
        assertThatThrownBy(() -> parse(Map.of("ASSAY_MONGO_PORT", "mongo"), "--home=" + repo))
                .isInstanceOf(CommandLine.UsageException.class)
                .hasMessage("--mongo-port (ASSAY_MONGO_PORT) must be a positive number, was 'mongo'");
    }

    @Test
    void twoPartsOnOnePortAreRejected() {
        assertThatThrownBy(() -> parse(Map.of(), "--home=" + repo, "--report-port=8081"))
                .isInstanceOf(CommandLine.UsageException.class)
                .hasMessage("port 8081 is given to two parts of the stack");
    }

    @Test
    void anUnknownScopeIsRejectedNamingTheAcceptedOnes() {
        assertThatThrownBy(() -> parse(Map.of(), "--home=" + repo, "--only=kafka"))
                .isInstanceOf(CommandLine.UsageException.class)
                .hasMessage("--only: unknown scope 'kafka'; accepted: all, infra");
    }

    @Test
    void aResetVariableMustBeTrueOrFalse() {
        assertThatThrownBy(() -> parse(Map.of("ASSAY_RESET", "yes"), "--home=" + repo))
                .isInstanceOf(CommandLine.UsageException.class)
                .hasMessage("ASSAY_RESET must be true or false, was 'yes'");
    }

    @Test
    void aSwitchTakesNoValueAndAnOptionNeedsOne() {
        assertThatThrownBy(() -> parse(Map.of(), "--home=" + repo, "--reset=true"))
                .hasMessage("--reset takes no value");
        assertThatThrownBy(() -> parse(Map.of(), "--home=" + repo, "--kafka-port"))
                .hasMessage("--kafka-port needs a value");
    }

    @Test
    void helpIsRecognisedAndTheUsageNamesEveryOptionAndVariable() {
        assertThat(CommandLine.wantsHelp(new String[] {"--help"})).isTrue();
        assertThat(CommandLine.wantsHelp(new String[] {"--reset"})).isFalse();
        assertThat(CommandLine.USAGE).contains("--kafka-bootstrap-servers=<host:port,...>", "KAFKA_BOOTSTRAP_SERVERS",
                "--only=infra|all", "ASSAY_STARTUP_TIMEOUT", "--no-build", "--intake-instances=<n>",
                "ASSAY_INTAKE_INSTANCES", "--classification-instances=<n>", "ASSAY_CLASSIFICATION_INSTANCES",
                "--report-instances=<n>", "ASSAY_REPORT_INSTANCES", "--restart-limit=<n>", "ASSAY_RESTART_LIMIT");
    }
}
