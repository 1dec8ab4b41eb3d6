; Inno Setup 6.3+ script: the Windows installer of Reseller Desktop, made from the PyInstaller bundle.
;
;   .venv\Scripts\python packaging\build_bundle.py      (makes dist\reseller-desktop\)
;   iscc packaging\reseller-desktop.iss                  (makes dist\reseller-desktop-VERSION-setup.exe)
;
; The version is read from the bundled executable, which the spec stamps with the package's
; __version__; pass /DAppVersion=1.2.3 to override. Relative paths are relative to this folder.
; Per-user install by default (no administrator rights: %LOCALAPPDATA%\Programs); the setup offers
; "install for all users" when run as an administrator. Uninstalling leaves the user's data
; (%LOCALAPPDATA%\reseller-desktop) in place.

#define AppName "Reseller Desktop"
#define AppExeName "reseller-desktop.exe"
#define BundleDir AddBackslash(SourcePath) + "..\dist\reseller-desktop"
#ifndef AppVersion
  #define AppVersion GetVersionNumbersString(BundleDir + "\" + AppExeName)
#endif

[Setup]
; Keep this id for every release: it is how Windows knows an upgrade from a second app.
AppId={{6D1A8E52-3C4F-4B7A-9E21-5F0C8B7D2A64}
AppName={#AppName}
AppVersion={#AppVersion}
AppPublisher={#AppName}
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir=..\dist
OutputBaseFilename=reseller-desktop-{#AppVersion}-setup
SetupIconFile=..\resources\icons\app.ico
UninstallDisplayIcon={app}\{#AppExeName}
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
CloseApplications=yes

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"
Name: "french"; MessagesFile: "compiler:Languages\French.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[InstallDelete]
; An upgrade replaces the whole bundle: no stale library of the previous version stays behind.
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "{#BundleDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExeName}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExeName}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExeName}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent
