package campaigngraph.launcher;

/** Parsed command line of the launcher; see {@link Launcher} for the contract. */
record LauncherOptions(String dataDir, String pluginDir, int port, long pagecacheMb, long txTimeoutSeconds, String password) {

  static LauncherOptions parse(String[] args, String password) {
    String dataDir = null;
    String pluginDir = "plugins";
    int port = 7687;
    long pagecacheMb = 256;
    long txTimeout = 60;
    for (int i = 0; i < args.length; i++) {
      String flag = args[i];
      if (i + 1 >= args.length) {
        throw new IllegalArgumentException("missing value after " + flag);
      }
      String value = args[++i];
      switch (flag) {
        case "--data-dir" -> dataDir = value;
        case "--plugin-dir" -> pluginDir = value;
        case "--port" -> port = parseInt(flag, value, 1, 65535);
        case "--pagecache-mb" -> pagecacheMb = parseInt(flag, value, 8, 1 << 20);
        case "--tx-timeout-s" -> txTimeout = parseInt(flag, value, 1, 86400);
        default -> throw new IllegalArgumentException("unknown option " + flag);
      }
    }
    if (dataDir == null) {
      throw new IllegalArgumentException("--data-dir is required");
    }
    if (password == null || password.length() < 8) {
      throw new IllegalArgumentException("NEO4J_PASSWORD must be set to at least 8 characters");
    }
    return new LauncherOptions(dataDir, pluginDir, port, pagecacheMb, txTimeout, password);
  }

  private static int parseInt(String flag, String value, int min, int max) {
    try {
      int n = Integer.parseInt(value);
      if (n < min || n > max) {
        throw new IllegalArgumentException(flag + " must be between " + min + " and " + max);
      }
      return n;
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(flag + " must be a number, got " + value);
    }
  }
}
