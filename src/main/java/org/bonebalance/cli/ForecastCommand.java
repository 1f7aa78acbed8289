package org.bonebalance.cli;

import java.io.PrintStream;
import java.util.List;
import org.bonebalance.content.Messages;
import org.bonebalance.io.ScenarioFile;
import org.bonebalance.io.ScenarioFileException;
import org.bonebalance.model.HormoneLevels;
import org.bonebalance.model.Readout;
import org.bonebalance.sim.Forecast;
import org.bonebalance.sim.Scenario;

/**
 * `forecast`: prints a CSV forecast on standard output. Bad input gives one line on standard error
 * and exit code 2; an unreadable or invalid scenario file also exit code 2; a failure to write, 1.
 */
final class ForecastCommand {
    int run(String[] args, PrintStream out, PrintStream err) {
        ForecastOptions options;
        Scenario scenario;
        try {
            options = ForecastOptions.parse(args);
            if (options.help) {
                out.print(help());
                out.flush();
                return 0;
            }
            Scenario base = Scenario.defaultFemale();
            if (options.scenario != null) base = ScenarioFile.read(options.scenario);
            scenario = options.applyTo(base);
        } catch (CliException e) {
            err.println(e.getMessage());
            return 2;
        } catch (ScenarioFileException e) {
            err.println(e.getMessage());
            return 2;
        }
        List<Readout> rows = Forecast.run(scenario);
        out.print(ForecastCsv.format(rows));
        out.flush();
        if (out.checkError()) {
            err.println(Messages.get("cli.error.output"));
            return 1;
        }
        return 0;
    }

    /** Per option, in the order of {@link ForecastOptions#NAMES}: its syntax line, then its explanation. */
    static final List<String> OPTION_HELP_KEYS = List.of(
            "cli.forecast.opt.start-age.syntax", "cli.forecast.opt.start-age",
            "cli.forecast.opt.years.syntax", "cli.forecast.opt.years",
            "cli.forecast.opt.fmp-age.syntax", "cli.forecast.opt.fmp-age",
            "cli.forecast.opt.surgical-age.syntax", "cli.forecast.opt.surgical-age",
            "cli.forecast.opt.levels.syntax", "cli.forecast.opt.levels",
            "cli.forecast.opt.sex.syntax", "cli.forecast.opt.sex",
            "cli.forecast.opt.mht-start.syntax", "cli.forecast.opt.mht-start",
            "cli.forecast.opt.mht-stop.syntax", "cli.forecast.opt.mht-stop",
            "cli.forecast.opt.mht.syntax", "cli.forecast.opt.mht",
            "cli.forecast.opt.baseline-bmd.syntax", "cli.forecast.opt.baseline-bmd",
            "cli.forecast.opt.every-days.syntax", "cli.forecast.opt.every-days",
            "cli.forecast.opt.scenario.syntax", "cli.forecast.opt.scenario",
            "cli.forecast.opt.help.syntax", "cli.forecast.opt.help");

    /** The --help text: every option with its unit. */
    static String help() {
        StringBuilder b = new StringBuilder();
        b.append(Messages.get("cli.forecast.usage")).append('\n').append('\n');
        b.append(Messages.get("cli.forecast.intro")).append('\n').append('\n');
        b.append(Messages.get("cli.forecast.options")).append('\n');
        for (int i = 0; i < OPTION_HELP_KEYS.size(); i += 2) {
            b.append("  ").append(Messages.get(OPTION_HELP_KEYS.get(i))).append('\n');
            String key = OPTION_HELP_KEYS.get(i + 1);
            // the aromatization exponent is the model's own (docs/model.md §4), not typed into the text
            String text = key.equals("cli.forecast.opt.levels")
                    ? Messages.get(key, String.format(Messages.locale(), "%.2f", HormoneLevels.AROMATIZATION_EXPONENT))
                    : Messages.get(key);
            for (String line : text.split("\n")) {
                b.append("      ").append(line).append('\n');
            }
        }
        b.append('\n').append(Messages.get("cli.forecast.columns")).append('\n');
        b.append("  ").append(ForecastCsv.HEADER).append('\n').append('\n');
        for (String line : Messages.get("cli.forecast.footer").split("\n")) b.append(line).append('\n');
        return b.toString();
    }
}
