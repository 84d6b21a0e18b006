// Linked into every executable of the sanitizer build (CAREGRAPH_SANITIZE):
// LeakSanitizer's built-in suppressions, so that `ctest` in build-asan/
// needs no environment. Graphviz 2.42 (gvPluginList, its plugin and layout
// caches) and fontconfig (its font cache, built on first text layout) keep
// memory for the life of the process; those are not caregraph's leaks.
// Leaks allocated anywhere else still fail the run.
extern "C" const char* __lsan_default_suppressions() {
  return "leak:libgvc.so\n"
         "leak:libcgraph.so\n"
         "leak:libcdt.so\n"
         "leak:libpathplan.so\n"
         "leak:libgvplugin_\n"
         "leak:libfontconfig.so\n"
         "leak:libpango\n"
         "leak:libcairo.so\n"
         "leak:libglib-2.0.so\n"
         "leak:libgobject-2.0.so\n";
}

// And no "Suppressions used" table on stderr: the CLI's stderr is checked
// by the tests (one-line errors, quiet success).
extern "C" const char* __lsan_default_options() { return "print_suppressions=0"; }
