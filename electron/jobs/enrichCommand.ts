// `enrichdesk enrich input.csv --phones|--emails --out enriched.csv [--sandbox]`: the command's row
// in the CLI table. Only its description lives here; the work is loaded when the command runs, so
// `--help` stays quick.
import { CliError, stringArg, type Command } from '../cli/command';
import { EXIT } from '../cli/exitCodes';

export const enrichCommand: Command = {
  name: 'enrich',
  summary: 'Enrich a CSV with phones or emails and write the enriched CSV.',
  details: [
    'The CSV is imported into the profile as a sheet (its columns are recognised as in the app), the',
    "run uses the profile's keys and lookup cache, and the sheet is exported with the results.",
    'A progress bar is drawn on stderr when it is a terminal; the summary line goes to stdout.',
    'Ctrl-C cancels: rows not done stay pending, the output holds what was found so far.',
    '--sandbox runs against the built-in Lusha simulator with sandbox keys, in a profile of its own',
    '(<profile>/sandbox), so nothing real is spent or cached.',
  ].join('\n'),
  positionals: [{ name: 'INPUT.csv', required: true }],
  options: {
    phones: { type: 'boolean', description: 'Reveal phone numbers.' },
    emails: { type: 'boolean', description: 'Reveal email addresses.' },
    out: { type: 'string', placeholder: 'OUTPUT.csv', description: 'Where to write the enriched CSV.', required: true },
    sandbox: { type: 'boolean', description: 'Use the Lusha simulator and sandbox keys instead of Lusha.' },
  },
  async run(ctx, args) {
    const { phones, emails, sandbox } = args.values;
    if (phones === emails) throw new CliError(EXIT.usage, 'Give exactly one of --phones or --emails.');
    const { runEnrich } = await import('./enrichCli');
    return runEnrich(ctx, {
      input: args.positionals[0],
      out: stringArg(args, 'out') as string,
      kind: phones ? 'phones' : 'emails',
      sandbox: sandbox === true,
    });
  },
};
