// A sample the include check must reject (test ui_includes_caught).
#include "storage/CustomerRepository.h"
