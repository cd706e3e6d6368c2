; Klausul's per-user Windows installer (NSIS 3, built on Linux by scripts/build-windows-installer).
; No administrator rights: files go to %LOCALAPPDATA%\Programs\Klausul, registry keys to HKCU.
; Silent use for IT:  Klausul-<version>-setup.exe /S [/D=C:\path\without\quotes]
;                     "%LOCALAPPDATA%\Programs\Klausul\uninstall.exe" /S
; The build passes: VERSION (1.2.3), VERSION4 (1.2.3.0), STAGE (the tree to install),
; LAYOUT (an .nsh listing the tree's top-level entries), OUTFILE, SIZE_KB.

Unicode true
Target amd64-unicode
ManifestSupportedOS Win10
RequestExecutionLevel user
SetCompressor /SOLID lzma
SetCompressorDictSize 64
SetDatablockOptimize on
CRCCheck on

!define APP "Klausul"
!define UNINSTALL_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\Klausul"
!define PROGID "Klausul.Project"

Name "${APP} ${VERSION}"
OutFile "${OUTFILE}"
InstallDir "$LOCALAPPDATA\Programs\${APP}"
InstallDirRegKey HKCU "${UNINSTALL_KEY}" "InstallLocation"
ShowInstDetails nevershow
ShowUninstDetails nevershow
BrandingText "${APP} ${VERSION}"

VIProductVersion "${VERSION4}"
VIFileVersion "${VERSION4}"
VIAddVersionKey /LANG=0 "ProductName" "${APP}"
VIAddVersionKey /LANG=0 "CompanyName" "Klausul"
VIAddVersionKey /LANG=0 "FileDescription" "${APP} ${VERSION} setup"
VIAddVersionKey /LANG=0 "FileVersion" "${VERSION}"
VIAddVersionKey /LANG=0 "ProductVersion" "${VERSION}"
VIAddVersionKey /LANG=0 "LegalCopyright" "Klausul-projektet"

!include "MUI2.nsh"
!include "FileFunc.nsh"
!include "LogicLib.nsh"
!include "${LAYOUT}"

!define MUI_ICON "klausul.ico"
!define MUI_UNICON "klausul.ico"
!define MUI_ABORTWARNING
!define MUI_FINISHPAGE_RUN "$INSTDIR\Klausul.exe"

!insertmacro MUI_PAGE_WELCOME
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!insertmacro MUI_PAGE_FINISH
!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_INSTFILES

; English first: it is the fallback on a Windows in any language but these two.
!insertmacro MUI_LANGUAGE "English"
!insertmacro MUI_LANGUAGE "Swedish"

LangString FileTypeName ${LANG_ENGLISH} "Klausul project"
LangString FileTypeName ${LANG_SWEDISH} "Klausul-projekt"
LangString AppDescription ${LANG_ENGLISH} "Compare, tag and merge cooperation agreements"
LangString AppDescription ${LANG_SWEDISH} "Jämför, tagga och sammanfoga samverkansöverenskommelser"
LangString RemovingOld ${LANG_ENGLISH} "Removing the previous version..."
LangString RemovingOld ${LANG_SWEDISH} "Tar bort den tidigare versionen..."
LangString StillRunning ${LANG_ENGLISH} "Klausul seems to be running. Close it and try again."
LangString StillRunning ${LANG_SWEDISH} "Klausul verkar vara igång. Stäng programmet och försök igen."

Function .onInit
  ; Registry views: a 64-bit installer reads and writes the 64-bit HKCU view.
  SetRegView 64
FunctionEnd

Function un.onInit
  SetRegView 64
FunctionEnd

Section "Klausul" SecMain
  SectionIn RO
  SetOutPath "$INSTDIR"
  ; An upgrade replaces the whole tree, so no file of an older version is left behind.
  ${If} ${FileExists} "$INSTDIR\Klausul.exe"
    DetailPrint "$(RemovingOld)"
    ClearErrors
    Delete "$INSTDIR\Klausul.exe"
    ${If} ${Errors}
      MessageBox MB_ICONSTOP "$(StillRunning)" /SD IDOK
      Abort
    ${EndIf}
    !insertmacro REMOVE_LAYOUT
  ${EndIf}
  File /r "${STAGE}\*.*"
  WriteUninstaller "$INSTDIR\uninstall.exe"

  CreateShortCut "$SMPROGRAMS\${APP}.lnk" "$INSTDIR\Klausul.exe" "" "$INSTDIR\Klausul.exe" 0 \
    SW_SHOWNORMAL "" "$(AppDescription)"

  ; .klausul files open in Klausul and show the document icon (index 1 of Klausul.exe).
  WriteRegStr HKCU "Software\Classes\.klausul" "" "${PROGID}"
  WriteRegStr HKCU "Software\Classes\.klausul\OpenWithProgids" "${PROGID}" ""
  WriteRegStr HKCU "Software\Classes\${PROGID}" "" "$(FileTypeName)"
  WriteRegStr HKCU "Software\Classes\${PROGID}\DefaultIcon" "" '"$INSTDIR\Klausul.exe",1'
  WriteRegStr HKCU "Software\Classes\${PROGID}\shell\open\command" "" '"$INSTDIR\Klausul.exe" "%1"'
  WriteRegStr HKCU "Software\Classes\Applications\Klausul.exe\SupportedTypes" ".klausul" ""
  ; Tell Explorer that associations changed (SHCNE_ASSOCCHANGED).
  System::Call 'shell32::SHChangeNotify(i 0x08000000, i 0, p 0, p 0)'

  ; Apps & Features (Installerade appar) entry, per user.
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayName" "${APP}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "Publisher" "Klausul"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayIcon" '"$INSTDIR\Klausul.exe",0'
  WriteRegStr HKCU "${UNINSTALL_KEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "UninstallString" '"$INSTDIR\uninstall.exe"'
  WriteRegStr HKCU "${UNINSTALL_KEY}" "QuietUninstallString" '"$INSTDIR\uninstall.exe" /S'
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "NoModify" 1
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "NoRepair" 1
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "EstimatedSize" ${SIZE_KB}
SectionEnd

Section "Uninstall"
  Delete "$SMPROGRAMS\${APP}.lnk"
  ; Only what the installer wrote: never RMDir /r $INSTDIR itself (it may be a chosen folder
  ; that holds other files). The user's settings and unsaved work copies are kept.
  !insertmacro REMOVE_LAYOUT
  Delete "$INSTDIR\uninstall.exe"
  RMDir "$INSTDIR"

  ReadRegStr $0 HKCU "Software\Classes\.klausul" ""
  ${If} $0 == "${PROGID}"
    DeleteRegValue HKCU "Software\Classes\.klausul" ""
  ${EndIf}
  DeleteRegValue HKCU "Software\Classes\.klausul\OpenWithProgids" "${PROGID}"
  DeleteRegKey /ifempty HKCU "Software\Classes\.klausul\OpenWithProgids"
  DeleteRegKey /ifempty HKCU "Software\Classes\.klausul"
  DeleteRegKey HKCU "Software\Classes\${PROGID}"
  DeleteRegKey HKCU "Software\Classes\Applications\Klausul.exe"
  DeleteRegKey HKCU "${UNINSTALL_KEY}"
  System::Call 'shell32::SHChangeNotify(i 0x08000000, i 0, p 0, p 0)'
SectionEnd
