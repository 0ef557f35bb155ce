#include "common/Log.h"

Q_LOGGING_CATEGORY(lcStorage, "cordial.storage", QtInfoMsg)
Q_LOGGING_CATEGORY(lcCall, "cordial.call", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSecrets, "cordial.secrets", QtInfoMsg)
Q_LOGGING_CATEGORY(lcUi, "cordial.ui", QtInfoMsg)
Q_LOGGING_CATEGORY(lcIntegration, "cordial.integration", QtInfoMsg)
