// Stand-in for Ink's optional devtools dependency, aliased at bundle time (see tsup.config.ts).
export default {initialize() {}, connectToDevTools() {}};
