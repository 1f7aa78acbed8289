import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.spi.ToolProvider;
import java.util.stream.Stream;

/**
 * Builds BoneBalance's installers with the JDK's own tools; run by {@code mvn -Pinstaller package} (pom) as a
 * single-file program, after the jar and target/lib exist. See docs/install.md.
 * <ol>
 *   <li>jdeps lists the JDK modules the app and its libraries use; jlink makes a runtime of only those.</li>
 *   <li>jpackage makes the app image {@code target/installer/image/bonebalance} with the desktop VM options
 *       (see {@link #JAVA_OPTIONS}); JavaFX and the other libraries stay on the class path, as with the jar.</li>
 *   <li>Training: the image's own launcher starts the window once (headless under Xvfb when there is no
 *       display) recording what it loads, and the VM makes the ahead-of-time class cache
 *       {@code lib/app/bonebalance.aot} from that recording, so the first start after installing maps it.</li>
 *   <li>The image is archived ({@code target/dist/bonebalance-VERSION-linux-x64.tar.gz}) and packaged as the
 *       system's installer (.deb here; .msi or .dmg on Windows or macOS, untested).</li>
 * </ol>
 * Arguments: {@code BASEDIR PROJECT_VERSION}.
 */
public final class Installer {
    static final String NAME = "bonebalance";
    static final String CACHE = "bonebalance.aot";
    static final String MAIN_CLASS = "org.bonebalance.Launcher";
    static final String DESCRIPTION = "How sex hormones steer bone remodeling: an educational simulation";
    /**
     * The desktop VM options (the same as the jar's second VM, DesktopJvm, measured in docs/performance.md): C1
     * only, one collector thread, the class cache made at build time. A missing or stale cache is skipped in
     * silence (AOTMode is auto; the VM's notes about it are turned off). The JavaFX warning about running from
     * the class path is turned off with the logging settings in the app folder.
     */
    static final List<String> JAVA_OPTIONS = List.of(
            "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-XX:+DisplayVMOutputToStderr",
            "-XX:AOTCache=$APPDIR/" + CACHE, "-Xlog:aot*=off", "-Xlog:cds*=off",
            "--enable-native-access=ALL-UNNAMED", "-Djava.util.logging.config.file=$APPDIR/logging.properties");
    /** Modules found at run time only (jdeps cannot see them): JUL for the libraries' logging, Spanish formats. */
    static final List<String> EXTRA_MODULES = List.of("java.logging", "jdk.localedata");
    /** Modules JavaFX needs (on the class path, jdeps does not follow JavaFX's own module descriptors). */
    static final List<String> JAVAFX_NEEDS = List.of("java.desktop", "java.xml", "jdk.unsupported",
            "jdk.unsupported.desktop", "java.datatransfer");

    final Path base, target, work, input, runtime, imageDir, dist;
    final String projectVersion, appVersion;
    final Os os = Os.current();

    enum Os {
        LINUX, WINDOWS, MAC;

        static Os current() {
            String n = System.getProperty("os.name").toLowerCase(Locale.ROOT);
            return n.startsWith("windows") ? WINDOWS : n.startsWith("mac") ? MAC : LINUX;
        }
    }

    Installer(Path base, String projectVersion) {
        this.base = base;
        this.target = base.resolve("target");
        this.work = target.resolve("installer");
        this.input = work.resolve("input");
        this.runtime = work.resolve("runtime");
        this.imageDir = work.resolve("image");
        this.dist = target.resolve("dist");
        this.projectVersion = projectVersion;
        this.appVersion = appVersion(projectVersion);
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 2) throw new IllegalArgumentException("usage: Installer BASEDIR PROJECT_VERSION");
        new Installer(Path.of(args[0]).toAbsolutePath(), args[1]).build();
    }

    /**
     * The version the installers carry: jpackage (and the Windows and macOS installers) want numbers only, so
     * "0.1.0-SNAPSHOT" becomes "0.1.0": the leading one to three dot-separated numbers.
     */
    static String appVersion(String projectVersion) {
        Matcher m = Pattern.compile("^(\\d+(\\.\\d+){0,2})").matcher(projectVersion);
        if (!m.find()) throw new IllegalArgumentException("the project version must start with a number: " + projectVersion);
        return m.group(1);
    }

    void build() throws Exception {
        long t0 = System.nanoTime();
        deleteTree(work);
        Files.createDirectories(dist);
        prepareInput();
        List<String> modules = modules();
        say("runtime modules: " + String.join(",", modules));
        say("jlink ...");
        tool("jlink", "--add-modules", String.join(",", modules), "--include-locales=en,es",
                "--strip-debug", "--no-header-files", "--no-man-pages", "--output", runtime.toString());
        say("jpackage: app image ...");
        Path app = appImage();
        train(app);
        List<Path> made = new ArrayList<>();
        if (os == Os.LINUX) {
            say("portable archive ...");
            made.add(tarball());
        }
        say("jpackage: the system's installer ...");
        made.add(nativeInstaller(app));
        for (Path p : made) say(String.format("%s: %.1f MB", base.relativize(p), Files.size(p) / 1e6));
        say(String.format("image: %.1f MB unpacked", treeSize(app) / 1e6));
        say(String.format("installers built in %.0f s", (System.nanoTime() - t0) / 1e9));
    }

    /** target/installer/input: the jar, target/lib as the jar's manifest names it, JavaFX's native libraries. */
    void prepareInput() throws IOException {
        Path jar = target.resolve(NAME + ".jar");
        if (!Files.isRegularFile(jar)) throw new IOException(jar + " is missing: run mvn package first");
        Files.createDirectories(input.resolve("lib"));
        Files.copy(jar, input.resolve(jar.getFileName()));
        try (Stream<Path> libs = Files.list(target.resolve("lib"))) {
            for (Path l : libs.toList()) Files.copy(l, input.resolve("lib").resolve(l.getFileName()));
        }
        // JavaFX loads its native libraries from beside its jar when they are there, instead of unpacking
        // them from the jar into the user's home on the first start
        try (Stream<Path> libs = Files.list(input.resolve("lib"))) {
            for (Path graphics : libs.filter(p -> p.getFileName().toString().matches("javafx-graphics-.*-(linux|win|mac).*\\.jar")).toList()) {
                try (var zip = new java.util.zip.ZipFile(graphics.toFile())) {
                    for (var e : java.util.Collections.list(zip.entries())) {
                        String n = e.getName();
                        if (!n.contains("/") && (n.endsWith(".so") || n.endsWith(".dll") || n.endsWith(".dylib"))) {
                            try (var in = zip.getInputStream(e)) {
                                Files.copy(in, input.resolve("lib").resolve(n));
                            }
                        }
                    }
                }
            }
        }
        Files.copy(base.resolve("src/packaging/logging.properties"), input.resolve("logging.properties"));
    }

    /** The JDK modules to link: what jdeps finds in our classes and, through them, the libraries; plus the run-time ones. */
    List<String> modules() {
        String classPath = String.join(java.io.File.pathSeparator,
                listFiles(target.resolve("lib")).stream().filter(p -> p.toString().endsWith(".jar")).map(Path::toString).toList());
        String out = tool("jdeps", "--print-module-deps", "--ignore-missing-deps", "--multi-release",
                String.valueOf(Runtime.version().feature()), "--class-path", classPath,
                target.resolve("classes").toString()).strip();
        Set<String> modules = new LinkedHashSet<>();
        for (String m : out.lines().reduce((a, b) -> b).orElse("").split(",")) {
            if (!m.isBlank() && !m.startsWith("javafx.")) modules.add(m.strip());
        }
        modules.addAll(JAVAFX_NEEDS);
        modules.addAll(EXTRA_MODULES);
        return modules.stream().sorted().toList();
    }

    /** jpackage's app image, with the desktop VM options; the launcher takes the user's arguments as they are. */
    Path appImage() throws IOException {
        List<String> args = new ArrayList<>(List.of("--type", "app-image", "--name", NAME,
                "--app-version", appVersion, "--vendor", "BoneBalance", "--description", DESCRIPTION,
                "--copyright", "BoneBalance contributors",
                "--input", input.toString(), "--main-jar", NAME + ".jar", "--main-class", MAIN_CLASS,
                "--runtime-image", runtime.toString(), "--icon", icon().toString(), "--dest", imageDir.toString()));
        for (String o : JAVA_OPTIONS) args.addAll(List.of("--java-options", o));
        if (os == Os.MAC) args.addAll(List.of("--mac-package-identifier", "org.bonebalance", "--mac-package-name", "BoneBalance"));
        tool("jpackage", args.toArray(String[]::new));
        Path app = os == Os.MAC ? imageDir.resolve(NAME + ".app") : imageDir.resolve(NAME);
        if (!Files.isDirectory(app)) throw new IOException("jpackage made no app image at " + app);
        return app;
    }

    /** Where jpackage put the launcher's settings (java-options, class path). */
    Path cfg(Path app) {
        return switch (os) {
            case LINUX -> app.resolve("lib/app/" + NAME + ".cfg");
            case WINDOWS -> app.resolve("app/" + NAME + ".cfg");
            case MAC -> app.resolve("Contents/app/" + NAME + ".cfg");
        };
    }

    Path launcher(Path app) {
        return switch (os) {
            case LINUX -> app.resolve("bin/" + NAME);
            case WINDOWS -> app.resolve(NAME + ".exe");
            case MAC -> app.resolve("Contents/MacOS/" + NAME);
        };
    }

    /**
     * Makes the class cache with the image's own launcher, so the cache matches the installed app's start
     * exactly (class path, options): a start that records (the window for a few seconds), then the VM's
     * create step. The launcher's settings are changed for these two runs only and then put back.
     */
    void train(Path app) throws Exception {
        Path cfg = cfg(app);
        String original = Files.readString(cfg);
        String useLine = "java-options=-XX:AOTCache=$APPDIR/" + CACHE;
        if (!original.contains(useLine + "\n") && !original.contains(useLine + "\r\n")) {
            throw new IOException(cfg + " has no line " + useLine);
        }
        Path recording = work.resolve(NAME + ".aotconf");
        Path home = work.resolve("training-home");
        Files.createDirectories(home);
        Xvfb display = Xvfb.startIfNeeded(os, work);
        try {
            Files.writeString(cfg, original.replace(useLine, String.join("\n",
                    "java-options=-XX:AOTMode=record", "java-options=-XX:AOTConfiguration=" + recording,
                    "java-options=-Dbonebalance.home=" + home)));
            say("training run (the window for a few seconds) ...");
            // playing (what --perf asks), so the classes of the running clock and of the measurement are in it
            run(display, launcher(app).toString(), "--exit-after", "4", "--lang", "en", "--perf");
            if (!Files.isRegularFile(recording)) throw new IOException("the training run left no recording " + recording);
            Files.writeString(cfg, original.replace(useLine, String.join("\n",
                    "java-options=-XX:AOTMode=create", "java-options=-XX:AOTConfiguration=" + recording,
                    "java-options=-XX:AOTCache=$APPDIR/" + CACHE)));
            say("making the class cache ...");
            run(display, launcher(app).toString());
        } finally {
            Files.writeString(cfg, original);
            if (display != null) display.stop();
        }
        Path cache = cfg.resolveSibling(CACHE);
        if (!Files.isRegularFile(cache)) throw new IOException("no class cache was made at " + cache);
        Files.deleteIfExists(recording);
        say(String.format("class cache: %.1f MB", Files.size(cache) / 1e6));
    }

    /** The portable image: one folder bonebalance/ with bin/bonebalance. */
    Path tarball() throws Exception {
        Path out = dist.resolve(NAME + "-" + appVersion + "-linux-x64.tar.gz");
        Files.deleteIfExists(out);
        run(null, "tar", "-C", imageDir.toString(), "-czf", out.toString(), NAME);
        return out;
    }

    /** The system's installer from the trained image: .deb on Linux, .msi on Windows, .dmg on macOS. */
    Path nativeInstaller(Path app) throws IOException, InterruptedException {
        Path out = work.resolve("package");
        Path resources = work.resolve("resources");
        Files.createDirectories(resources);
        String type = switch (os) { case LINUX -> "deb"; case WINDOWS -> "msi"; case MAC -> "dmg"; };
        List<String> args = new ArrayList<>(List.of("--type", type, "--app-image", app.toString(), "--name", NAME,
                "--app-version", appVersion, "--vendor", "BoneBalance", "--description", DESCRIPTION,
                "--copyright", "BoneBalance contributors", "--dest", out.toString(),
                "--resource-dir", resources.toString()));
        for (String kind : List.of("lesson", "consultation")) {
            Path fa = work.resolve(kind + ".properties");
            // on Linux the file type's icon goes into the 128-pixel icon folder (xdg-icon-resource --size 128)
            Path typeIcon = os == Os.LINUX ? base.resolve("assets/icons/app-128.png") : icon();
            String text = Files.readString(base.resolve("src/packaging/" + kind + ".properties"))
                    + "icon=" + typeIcon.toString().replace("\\", "/") + "\n";
            Files.writeString(fa, text);
            args.addAll(List.of("--file-associations", fa.toString()));
        }
        switch (os) {
            case LINUX -> {
                // the menu entry's name and comment (jpackage's own would say "bonebalance"); the package's
                // dependencies named by hand: the ones jpackage derives are this build machine's package names
                for (String f : List.of(NAME + ".desktop", "control")) {
                    Files.copy(base.resolve("src/packaging/linux/" + f), resources.resolve(f));
                }
                args.addAll(List.of("--install-dir", "/opt", "--linux-package-name", NAME,
                        "--linux-shortcut", "--linux-menu-group", "Education;Science;",
                        "--linux-app-category", "science", "--linux-deb-maintainer", "bonebalance@users.noreply.invalid",
                        // GTK 3 for JavaFX's windows (it pulls in X11, fonts, cairo), OpenGL for its renderer,
                        // ALSA for the JDK's sound library; Debian 13 and Ubuntu 24.04 renamed some to ...t64
                        // (xdg-utils, for the menu entry, is in the control file)
                        "--linux-package-deps", "libgtk-3-0 | libgtk-3-0t64, libgl1, libasound2 | libasound2t64"));
            }
            case WINDOWS -> args.addAll(List.of("--win-menu", "--win-menu-group", "BoneBalance", "--win-shortcut",
                    "--win-dir-chooser", "--win-upgrade-uuid", "6f1c9a52-3d0e-4b8e-9a7c-2b5e0c4d7a31"));
            case MAC -> args.addAll(List.of("--mac-package-identifier", "org.bonebalance"));
        }
        if (os == Os.LINUX) {
            // dpkg-deb's default xz level took three minutes for the 175 MB image on a busy two-core machine;
            // level 1 takes half a minute for a package 5 % larger (62 MB instead of 58)
            ProcessBuilder pb = new ProcessBuilder(new ArrayList<>(List.of(
                    Path.of(System.getProperty("java.home"), "bin", "jpackage").toString())));
            pb.command().addAll(args);
            pb.environment().put("DPKG_DEB_COMPRESSOR_LEVEL", "1");
            Process p = pb.inheritIO().start();
            if (p.waitFor() != 0) throw new IOException("jpackage failed (" + p.exitValue() + "): " + String.join(" ", pb.command()));
        } else {
            tool("jpackage", args.toArray(String[]::new));
        }
        Path made;
        try (Stream<Path> files = Files.list(out)) {
            made = files.filter(p -> p.toString().endsWith("." + type)).findFirst()
                    .orElseThrow(() -> new IOException("jpackage made no ." + type + " in " + out));
        }
        // the public names: bonebalance_0.1.0_amd64.deb (jpackage adds a package release, "-1"), and so on
        String name = switch (os) {
            case LINUX -> NAME + "_" + appVersion + "_amd64.deb";
            case WINDOWS -> NAME + "-" + appVersion + "-windows-x64.msi";
            case MAC -> NAME + "-" + appVersion + "-macos-" + System.getProperty("os.arch") + ".dmg";
        };
        return Files.move(made, dist.resolve(name), StandardCopyOption.REPLACE_EXISTING);
    }

    /** The app's icon in the system's format, made from assets/icons (PNGs). */
    Path icon() throws IOException {
        Path icons = base.resolve("assets/icons");
        return switch (os) {
            case LINUX -> icons.resolve("app-256.png");
            case WINDOWS -> iconFile("bonebalance.ico", Icons.ico(icons, 16, 32, 48, 256));
            case MAC -> iconFile("bonebalance.icns", Icons.icns(icons));
        };
    }

    private Path iconFile(String name, byte[] bytes) throws IOException {
        Path p = work.resolve(name);
        Files.createDirectories(work);
        if (!Files.exists(p)) Files.write(p, bytes);
        return p;
    }

    /** Runs a JDK tool in this VM; its output is returned, and shown when it fails. */
    static String tool(String name, String... args) {
        ToolProvider t = ToolProvider.findFirst(name)
                .orElseThrow(() -> new IllegalStateException(name + " is not in this JDK (a full JDK 25 is needed)"));
        StringWriter out = new StringWriter();
        PrintWriter pw = new PrintWriter(out);
        int code = t.run(pw, pw, args);
        pw.flush();
        if (code != 0) {
            throw new IllegalStateException(name + " failed (" + code + "):\n" + out + "\n  " + name + " " + String.join(" ", args));
        }
        return out.toString();
    }

    /** Runs a program (with the virtual display when there is one), its output shown; fails unless it exits 0. */
    static void run(Xvfb display, String... cmd) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(cmd).inheritIO();
        if (display != null) pb.environment().put("DISPLAY", display.name);
        Process p = pb.start();
        if (!p.waitFor(10, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            throw new IOException("timed out: " + String.join(" ", cmd));
        }
        if (p.exitValue() != 0) throw new IOException("exit status " + p.exitValue() + ": " + String.join(" ", cmd));
    }

    /** A virtual X display for the training run on Linux when there is no display (CI, a build server). */
    record Xvfb(String name, Process process) {
        static Xvfb startIfNeeded(Os os, Path work) throws Exception {
            if (os != Os.LINUX || System.getenv("DISPLAY") != null && !System.getenv("DISPLAY").isBlank()) return null;
            int d = 90;
            while (Files.exists(Path.of("/tmp/.X" + d + "-lock")) || Files.exists(Path.of("/tmp/.X11-unix/X" + d))) d++;
            Process p;
            try {
                p = new ProcessBuilder("Xvfb", ":" + d, "-screen", "0", "1600x1000x24", "-nolisten", "tcp")
                        .redirectErrorStream(true).redirectOutput(work.resolve("xvfb.log").toFile()).start();
            } catch (IOException e) {
                throw new IOException("the class cache is made by starting the window once, which needs a display:"
                        + " set DISPLAY or install Xvfb (Debian: apt-get install xvfb)", e);
            }
            for (int i = 0; i < 50 && !Files.exists(Path.of("/tmp/.X11-unix/X" + d)); i++) Thread.sleep(100);
            if (!p.isAlive()) throw new IOException("Xvfb did not start; see " + work.resolve("xvfb.log"));
            return new Xvfb(":" + d, p);
        }

        void stop() throws InterruptedException {
            process.destroy();
            process.waitFor(10, TimeUnit.SECONDS);
        }
    }

    /** Windows and macOS icon files holding the PNGs as they are (both formats allow PNG entries). */
    static final class Icons {
        static byte[] ico(Path dir, int... sizes) throws IOException {
            List<byte[]> pngs = new ArrayList<>();
            for (int s : sizes) pngs.add(Files.readAllBytes(dir.resolve("app-" + s + ".png")));
            int offset = 6 + 16 * sizes.length;
            ByteBuffer b = ByteBuffer.allocate(offset + pngs.stream().mapToInt(p -> p.length).sum())
                    .order(java.nio.ByteOrder.LITTLE_ENDIAN);
            b.putShort((short) 0).putShort((short) 1).putShort((short) sizes.length);
            for (int i = 0; i < sizes.length; i++) {
                int s = sizes[i] >= 256 ? 0 : sizes[i]; // 0 means 256
                b.put((byte) s).put((byte) s).put((byte) 0).put((byte) 0).putShort((short) 1).putShort((short) 32)
                        .putInt(pngs.get(i).length).putInt(offset);
                offset += pngs.get(i).length;
            }
            pngs.forEach(b::put);
            return b.array();
        }

        static byte[] icns(Path dir) throws IOException {
            String[][] types = {{"icp4", "16"}, {"icp5", "32"}, {"icp6", "64"}, {"ic07", "128"}, {"ic08", "256"}, {"ic09", "512"}};
            java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
            for (String[] t : types) {
                byte[] png = Files.readAllBytes(dir.resolve("app-" + t[1] + ".png"));
                body.write(t[0].getBytes(java.nio.charset.StandardCharsets.US_ASCII));
                body.write(ByteBuffer.allocate(4).putInt(png.length + 8).array());
                body.write(png);
            }
            ByteBuffer b = ByteBuffer.allocate(8 + body.size());
            b.put("icns".getBytes(java.nio.charset.StandardCharsets.US_ASCII)).putInt(8 + body.size()).put(body.toByteArray());
            return b.array();
        }
    }

    static List<Path> listFiles(Path dir) {
        try (Stream<Path> s = Files.list(dir)) {
            return s.sorted().toList();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static long treeSize(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        }
    }

    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) return;
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(java.util.Comparator.reverseOrder()).toList()) Files.delete(p);
        }
    }

    private static final long STARTED = System.nanoTime();

    /** A line of progress, with the seconds since the build began (where the time goes, for CI). */
    static void say(String s) {
        System.out.printf("[installer %3.0f s] %s%n", (System.nanoTime() - STARTED) / 1e9, s);
    }
}
