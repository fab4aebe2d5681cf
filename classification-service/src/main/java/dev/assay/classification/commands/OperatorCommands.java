package dev.assay.classification.commands;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import java.io.PrintStream;

/**
 * Runs an operator command given as the first argument: the application starts with the profile {@code ops} (no web
 * server, no stream bindings, no topic set-up), runs the command, prints its result and stops. Exit status 0 when it
 * did everything asked, 1 with a message on standard error otherwise. These become endpoints restricted to
 * operators once the service knows who is calling.
 */
public final class OperatorCommands {

    public static final String PROFILE = "ops";

    private OperatorCommands() {
    }

    /** A command is a first argument that is not an option; the service itself takes only options. */
    public static boolean isCommand(String... args) {
        return args.length > 0 && !args[0].startsWith("-");
    }

    /** @return the process exit status */
    public static int run(Class<?> application, String[] args, PrintStream out, PrintStream err) {
        CommandLine line;
        try {
            line = CommandLine.parse(args);
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage());
            err.println(Command.USAGE);
            return 1;
        }
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(application).profiles(PROFILE)
                .run(line.springArguments().toArray(String[]::new))) {
            context.getBean(line.command().type()).run(line, out);
            return 0;
        } catch (RuntimeException e) {
            err.println(line.command().id() + " failed: " + messageOf(e));
            return 1;
        }
    }

    /** The innermost message: Spring's start-up wrappers only repeat it with bean names around it. */
    private static String messageOf(Throwable failure) {
        if (failure instanceof CommandFailedException || failure instanceof IllegalArgumentException) {
            return failure.getMessage();
        }
        Throwable innermost = failure;
        while (innermost.getCause() != null && innermost.getCause() != innermost) {
            innermost = innermost.getCause();
        }
        return innermost.getMessage() == null ? innermost.toString() : innermost.getMessage();
    }
}
