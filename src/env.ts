// Imported first by the entry point: chalk decides its colour level when it is imported and
// ignores NO_COLOR by design (docs/architecture.md, "Colour"), so the choice has to be made before anything loads it.
if (process.env.NO_COLOR !== undefined && process.env.NO_COLOR !== '') process.env.FORCE_COLOR = '0';
if (process.argv.includes('--no-color')) process.env.FORCE_COLOR = '0';

export {};
