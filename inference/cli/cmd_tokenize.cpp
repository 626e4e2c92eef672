#include "commands.h"
#include "qwendesk/errors.h"

namespace qwendesk::cli {

int run_tokenize(const CommandArgs&) { throw Error(ErrorKind::Unsupported, "not built yet"); }

}  // namespace qwendesk::cli
