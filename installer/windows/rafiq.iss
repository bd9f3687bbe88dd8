; Inno Setup 6 script for Rafiq CRM on Windows.
; 1. python installer\build.py            (PyInstaller one-folder build: dist\RafiqCRM\RafiqCRM.exe)
; 2. iscc installer\windows\rafiq.iss     (writes dist\RafiqCRM-<version>-windows-x64-setup.exe)
; Persian: Inno Setup ships Arabic.isl but keeps Farsi.isl among its unofficial translations; copy
; https://github.com/jrsoftware/issrc/blob/main/Files/Languages/Unofficial/Farsi.isl to
; "C:\Program Files (x86)\Inno Setup 6\Languages\Unofficial\Farsi.isl" before compiling.
;
; File association: the app's database and backup files are SQLite files named *.sqlite3 (crm-desktop backup
; writes a complete database). Windows offers Rafiq CRM in "Open with" for them (OpenWithProgids), without
; taking the default away from other SQLite tools; opening one starts `RafiqCRM.exe --db <file>`.
; Full-data archives are ordinary .zip files: the app does not claim .zip (File > Import/restore opens them).
;
; User data (database, settings, logs) lives in %LOCALAPPDATA%\RafiqCRM (platformdirs, see crm_desktop/config.py),
; never in {app}; the uninstaller removes it only when the user says yes to its question (default: keep).

#define AppName "Rafiq CRM"
#define AppExe "RafiqCRM.exe"
#define AppId "app.rafiq.crm"
#define Root ".."
#define Version GetVersionNumbersString(Root + "\..\dist\RafiqCRM\" + AppExe)
; PyInstaller writes no version resource by default: fall back to the package's version.
#if Version == "" || Version == "0.0.0.0"
  #undef Version
  #define Version "0.1.0"
#endif

[Setup]
AppId={{6F0A4E2C-6B1D-4E8A-9C3B-2D7E51A8F4C1}
AppName={#AppName}
AppVersion={#Version}
AppPublisher=Rafiq
VersionInfoVersion={#Version}
DefaultDirName={autopf}\RafiqCRM
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
; Per-user install by default (no administrator needed); the dialog offers all users.
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir={#Root}\..\dist
OutputBaseFilename=RafiqCRM-{#Version}-windows-x64-setup
SetupIconFile={#Root}\..\resources\icons\rafiq.ico
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
WizardStyle=modern
Compression=lzma2/max
SolidCompression=yes
ChangesAssociations=yes
ShowLanguageDialog=auto

[Languages]
Name: "en"; MessagesFile: "compiler:Default.isl"
Name: "ar"; MessagesFile: "compiler:Languages\Arabic.isl"
Name: "fa"; MessagesFile: "compiler:Languages\Unofficial\Farsi.isl"

[CustomMessages]
en.RemoveData=Also delete your Rafiq CRM data (database, settings and logs in %1)?%n%nChoose No to keep it for a later installation.
ar.RemoveData=هل تريد أيضًا حذف بيانات رفيق CRM (قاعدة البيانات والإعدادات والسجلات في %1)؟%n%nاختر «لا» للاحتفاظ بها لتثبيت لاحق.
fa.RemoveData=داده‌های رفیق CRM (پایگاه داده، تنظیمات و گزارش‌های رویداد در %1) هم حذف شوند؟%n%nبرای نگه داشتن آن‌ها برای نصب بعدی «خیر» را بزنید.
en.OpenWith=Rafiq CRM database
ar.OpenWith=قاعدة بيانات رفيق CRM
fa.OpenWith=پایگاه دادهٔ رفیق CRM

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"

[Files]
Source: "{#Root}\..\dist\RafiqCRM\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\{#AppName}"; Filename: "{app}\{#AppExe}"
Name: "{group}\{cm:UninstallProgram,{#AppName}}"; Filename: "{uninstallexe}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Registry]
; HKA = HKCU for a per-user install, HKLM for all users.
Root: HKA; Subkey: "Software\Classes\RafiqCRM.Database"; ValueType: string; ValueData: "{cm:OpenWith}"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\RafiqCRM.Database\DefaultIcon"; ValueType: string; ValueData: "{app}\{#AppExe},0"
Root: HKA; Subkey: "Software\Classes\RafiqCRM.Database\shell\open\command"; ValueType: string; ValueData: """{app}\{#AppExe}"" --db ""%1"""
Root: HKA; Subkey: "Software\Classes\.sqlite3\OpenWithProgids"; ValueType: string; ValueName: "RafiqCRM.Database"; ValueData: ""; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\Applications\{#AppExe}\SupportedTypes"; ValueType: string; ValueName: ".sqlite3"; ValueData: ""; Flags: uninsdeletekey

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

[Code]
procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
var
  DataDir: String;
begin
  if CurUninstallStep = usPostUninstall then
  begin
    DataDir := ExpandConstant('{localappdata}\RafiqCRM');
    // Silent uninstalls (/SILENT, /VERYSILENT) keep the data: SuppressibleMsgBox returns the default IDNO.
    if DirExists(DataDir) and
       (SuppressibleMsgBox(FmtMessage(CustomMessage('RemoveData'), [DataDir]),
                           mbConfirmation, MB_YESNO or MB_DEFBUTTON2, IDNO) = IDYES) then
      DelTree(DataDir, True, True, True);
  end;
end;
