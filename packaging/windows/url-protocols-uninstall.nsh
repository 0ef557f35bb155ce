; Undoes url-protocols-install.nsh. Included as CPACK_NSIS_EXTRA_UNINSTALL_COMMANDS.
DeleteRegKey SHCTX "Software\Classes\cordial"
DeleteRegKey SHCTX "Software\Classes\Cordial.Url"
DeleteRegValue SHCTX "Software\RegisteredApplications" "Cordial"
DeleteRegKey SHCTX "Software\Cordial"
