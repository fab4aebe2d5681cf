package dev.assay.classification.commands;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A command line as typed: the command, its own options ({@code --name=value}, or {@code --name} for a flag), and the
 * options naming a Spring property (they hold a dot, e.g. {@code --spring.cloud.stream.kafka.binder.brokers=...}),
 * which go to the application context as they would for the service.
 */
record CommandLine(Command command, Map<String, String> options, List<String> springArguments) {

    /** @throws IllegalArgumentException naming what is wrong with the command line */
    static CommandLine parse(String... args) {
        if (args.length == 0) {
            throw new IllegalArgumentException("no command given");
        }
        Command command = Command.named(args[0]).orElseThrow(() ->
                new IllegalArgumentException("unknown command " + args[0]));
        Map<String, String> options = new LinkedHashMap<>();
        List<String> spring = new ArrayList<>();
        for (int i = 1; i < args.length; i++) {
            String arg = args[i];
            if (!arg.startsWith("--") || arg.length() == 2) {
                throw new IllegalArgumentException("not an option: " + arg + " (options are --name=value)");
            }
            int equals = arg.indexOf('=');
            String name = arg.substring(2, equals < 0 ? arg.length() : equals);
            if (name.contains(".")) {
                spring.add(arg);
            } else if (command.options().contains(name)) {
                if (options.put(name, equals < 0 ? "" : arg.substring(equals + 1)) != null) {
                    throw new IllegalArgumentException("--" + name + " given twice");
                }
            } else {
                throw new IllegalArgumentException("unknown option --" + name + " of " + command.id()
                        + "; it takes " + (command.options().isEmpty() ? "none" : "--" + String.join(", --", command.options())));
            }
        }
        CommandLine line = new CommandLine(command, options, List.copyOf(spring));
        command.check(line);
        return line;
    }

    boolean flag(String name) {
        String value = options.get(name);
        if (value == null) {
            return false;
        }
        if (value.isEmpty() || value.equals("true")) {
            return true;
        }
        if (value.equals("false")) {
            return false;
        }
        throw new IllegalArgumentException("--" + name + " takes no value or true/false, not " + value);
    }
}
