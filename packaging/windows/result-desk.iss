; Inno Setup 6.3+ script: the Windows installer for Result Desk, from the PyInstaller one-dir bundle.
;
;   pyinstaller --noconfirm --clean --distpath dist --workpath build\pyinstaller packaging\pyinstaller\result-desk.spec
;   ISCC.exe /DAppVersion=1.2.0 packaging\windows\result-desk.iss
;
; gives dist\result-desk-1.2.0-win64-setup.exe. Per-user by default (no administrator rights;
; installs to %LOCALAPPDATA%\Programs\Result Desk); "/ALLUSERS" or the dialog installs for
; everyone. Silent install for CI: result-desk-1.2.0-win64-setup.exe /VERYSILENT /CURRENTUSER

#ifndef AppVersion
  #error Pass the version: ISCC.exe /DAppVersion=1.2.0 result-desk.iss
#endif

#define AppName "Result Desk"
#define AppExe "result-desk.exe"
#define RepoRoot AddBackslash(SourcePath) + "..\.."
#define Bundle RepoRoot + "\dist\result-desk"

#if !FileExists(Bundle + "\" + AppExe)
  #error No PyInstaller bundle at dist\result-desk: run PyInstaller with packaging\pyinstaller\result-desk.spec first
#endif

[Setup]
; Never change AppId: it is how Windows (and this installer) recognise an installed Result Desk,
; so that a new version upgrades it in place instead of installing a second copy.
AppId={{FE338DF7-90A0-47F3-8145-E3969CD5F08F}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=Result Desk developers
AppPublisherURL=https://resultdesk.dev/
AppSupportURL=https://resultdesk.dev/
VersionInfoVersion={#AppVersion}
VersionInfoProductName={#AppName}
; Per-user install unless the user picks "for all users" (dialog or /ALLUSERS on the command line).
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog commandline
DefaultDirName={autopf}\{#AppName}
UsePreviousAppDir=yes
DisableProgramGroupPage=yes
DisableDirPage=auto
; Qt 6 needs Windows 10 1809 or newer, 64-bit.
MinVersion=10.0.17763
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
; Close a running Result Desk before its files are replaced (Restart Manager).
CloseApplications=yes
RestartApplications=no
OutputDir={#RepoRoot}\dist
OutputBaseFilename=result-desk-{#AppVersion}-win64-setup
SetupIconFile={#RepoRoot}\resources\icons\result-desk.ico
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[InstallDelete]
; An upgrade must not keep the previous version's libraries next to the new ones
; (PyInstaller loads whatever is in _internal: qutebrowser#7803).
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "{#Bundle}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{app}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{app}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

[UninstallDelete]
; Python may leave bytecode caches in the bundle; the user's data (settings, history, drafts
; under %APPDATA%) is not in {app} and stays.
Type: filesandordirs; Name: "{app}\_internal"
