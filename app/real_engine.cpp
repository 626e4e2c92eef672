#include "real_engine.h"

#include "qwendesk/bundled_resources.h"

namespace qwendesk::app {

EngineFactory realEngineFactory() {
    return [](const qwendesk::EngineOptions& options) {
        return qwendesk::Engine::load(options, qwendesk::resources::qwen3_tokenizer());
    };
}

}  // namespace qwendesk::app
