# Builds the Windows app image and .msi (run by `mvnw.cmd -B -Pinstaller -DskipTests package` on a Windows build
# host; see installer/windows/README.md for the prerequisites). Output in installer\target:
#   image\Zenome\                 the app image (Zenome.exe, zenome-console.exe, app\, runtime\, legal\, conf\)
#   Zenome-<version>.msi          and Zenome-<version>.msi.sha256
$ErrorActionPreference = 'Stop'
$version = $env:ZENOME_VERSION -replace '-SNAPSHOT$', ''
$jdk = $env:ZENOME_JDK; $inputDir = $env:ZENOME_INPUT; $target = $env:ZENOME_TARGET; $here = $env:ZENOME_INSTALLER_DIR
# The upgrade code never changes: a newer .msi with the same code replaces the installed version (MajorUpgrade).
$upgradeUuid = 'aa808249-c6cf-4f2d-a054-eb419a3f8a6c'

# MSI versions: major.minor.build, major and minor <= 255, build <= 65535, strictly increasing from release to
# release (an equal or lower version is not installed over a higher one). CI passes -Dinstaller.version=0.1.<n>.
if ($version -notmatch '^\d{1,3}\.\d{1,3}\.\d{1,5}$') { throw "installer: MSI version must be a.b.c, got '$version'" }
$released = Join-Path $here 'windows\released-versions.txt'
if ($env:ZENOME_RELEASE -eq 'true' -and (Test-Path $released)) {
  $last = Get-Content $released | Where-Object { $_ -match '^\d' } | Select-Object -Last 1
  if ($last -and ([version]$version -le [version]$last)) { throw "installer: $version is not above the last release $last" }
}

$lines = Get-Content (Join-Path $here 'common\modules.txt') | Where-Object { $_ -and -not $_.StartsWith('#') }
$modules = ($lines | Where-Object { -not $_.StartsWith('!') } | ForEach-Object { ($_ -split "`t")[0] }) -join ','
$excluded = ($lines | Where-Object { $_.StartsWith('!') } | ForEach-Object { ($_ -split "`t")[0].Substring(1) }) -join ','
$jars = Get-ChildItem (Join-Path $inputDir 'lib') -Filter *.jar | ForEach-Object { $_.FullName }
# gatk-native-bindings (GKL's) cannot be an automatic module ("native" is a keyword): class path only
$modulePath = $jars | Where-Object { -not ((Split-Path $_ -Leaf) -like 'gatk-native-bindings-*.jar') }
$needed = (& "$jdk\bin\jdeps.exe" --ignore-missing-deps --print-module-deps --multi-release 17 `
  --module-path ($modulePath -join ';') --class-path ($jars -join ';') @jars | Select-Object -Last 1)
if ($LASTEXITCODE) { throw 'jdeps failed' }
foreach ($m in $needed -split ',') {
  if (-not ((",$modules,$excluded,").Contains(",$m,"))) { throw "installer: JDK module $m is needed but missing from installer\common\modules.txt" }
}

$runtime = Join-Path $target 'runtime'; $imageRoot = Join-Path $target 'image'
Remove-Item -Recurse -Force -ErrorAction SilentlyContinue $runtime, $imageRoot
& "$jdk\bin\jlink.exe" --add-modules $modules --include-locales=en,ja --strip-debug --no-header-files `
  --no-man-pages --compress=2 --generate-cds-archive --output $runtime
if ($LASTEXITCODE) { throw 'jlink failed' }

$common = @('--name', 'Zenome', '--app-version', $version, '--vendor', 'Zenome', '--copyright', 'Zenome contributors',
  '--description', 'Whole-genome expert panel workbench (offline)')
& "$jdk\bin\jpackage.exe" --type app-image --dest $imageRoot @common `
  --input (Join-Path $inputDir 'lib') --main-jar $env:ZENOME_MAIN_JAR --main-class org.zenome.launcher.Main `
  --runtime-image $runtime --java-options '-Xmx1536m -XX:+UseParallelGC -XX:Tier4InvocationThreshold=15000 -XX:Tier4CompileThreshold=45000 -Dfile.encoding=UTF-8 -Dzenome.install.dir=$ROOTDIR' `
  --add-launcher "zenome-console=$here\windows\zenome-console.properties"
if ($LASTEXITCODE) { throw 'jpackage app-image failed' }
$image = Join-Path $imageRoot 'Zenome'
$legal = Join-Path $image 'legal'
New-Item -ItemType Directory -Force (Join-Path $legal 'igv.js'), (Join-Path $image 'conf') | Out-Null
Copy-Item (Join-Path $inputDir 'legal\zenome-sbom.cdx.*') $legal
Copy-Item (Join-Path $here 'common\THIRD-PARTY.md') (Join-Path $legal 'README.md')
Copy-Item (Join-Path $here 'common\zenome.properties') (Join-Path $image 'conf\zenome.properties.example')
Add-Type -AssemblyName System.IO.Compression.FileSystem
$zip = [IO.Compression.ZipFile]::OpenRead((Join-Path $inputDir "lib\$($env:ZENOME_MAIN_JAR)"))
foreach ($f in 'LICENSE', 'VERSION', 'SHA256SUMS') {
  [IO.Compression.ZipFileExtensions]::ExtractToFile($zip.GetEntry("org/zenome/browser/igv/$f"), (Join-Path $legal "igv.js\$f"), $true)
}
$zip.Dispose()

# Per-machine install under Program Files, Start-menu entry and desktop shortcut; users cannot write there.
# The administrator's file goes to %ProgramData%\Zenome\zenome.properties (see installer\windows\README.md).
& "$jdk\bin\jpackage.exe" --type msi --dest $target @common --app-image $image `
  --win-upgrade-uuid $upgradeUuid --win-menu --win-menu-group 'Zenome' --win-shortcut --win-dir-chooser `
  --license-file (Join-Path $here 'common\THIRD-PARTY.md')
if ($LASTEXITCODE) { throw 'jpackage msi failed' }
$msi = Join-Path $target "Zenome-$version.msi"
$hash = (Get-FileHash -Algorithm SHA256 $msi).Hash.ToLower()
"$hash  Zenome-$version.msi" | Out-File -Encoding ascii "$msi.sha256"
Write-Host "installer: $msi"
