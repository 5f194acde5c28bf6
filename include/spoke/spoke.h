// The umbrella header of Spoke's C++ API: include this one.
#ifndef SPOKE_SPOKE_H_
#define SPOKE_SPOKE_H_

#include "spoke/cursor.h"
#include "spoke/database.h"
#include "spoke/options.h"
#include "spoke/query.h"
#include "spoke/status.h"
#include "spoke/term.h"

#endif  // SPOKE_SPOKE_H_
