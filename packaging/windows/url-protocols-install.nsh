; Registers the cordial: URL scheme (screen pop from links) and offers Cordial as a handler for
; tel: through Default Programs. Included by CPack's NSIS template as CPACK_NSIS_EXTRA_INSTALL_COMMANDS.
WriteRegStr SHCTX "Software\Classes\cordial" "" "URL:Cordial Protocol"
WriteRegStr SHCTX "Software\Classes\cordial" "URL Protocol" ""
WriteRegStr SHCTX "Software\Classes\cordial\DefaultIcon" "" "$INSTDIR\bin\cordial.exe,0"
WriteRegStr SHCTX "Software\Classes\cordial\shell\open\command" "" '"$INSTDIR\bin\cordial.exe" "%1"'
WriteRegStr SHCTX "Software\Classes\Cordial.Url" "" "Cordial link"
WriteRegStr SHCTX "Software\Classes\Cordial.Url" "URL Protocol" ""
WriteRegStr SHCTX "Software\Classes\Cordial.Url\DefaultIcon" "" "$INSTDIR\bin\cordial.exe,0"
WriteRegStr SHCTX "Software\Classes\Cordial.Url\shell\open\command" "" '"$INSTDIR\bin\cordial.exe" "%1"'
WriteRegStr SHCTX "Software\Cordial\Capabilities" "ApplicationName" "Cordial"
WriteRegStr SHCTX "Software\Cordial\Capabilities" "ApplicationDescription" "Agent console for frontline customer service"
WriteRegStr SHCTX "Software\Cordial\Capabilities\URLAssociations" "cordial" "Cordial.Url"
WriteRegStr SHCTX "Software\Cordial\Capabilities\URLAssociations" "tel" "Cordial.Url"
WriteRegStr SHCTX "Software\RegisteredApplications" "Cordial" "Software\Cordial\Capabilities"
