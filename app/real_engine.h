// The production engine factory: qwendesk::Engine::load with the bundled Qwen3 tokenizer as fallback.
// Kept in its own file (and library) so tests with a fake engine link without the model code paths.
#pragma once

#include "engine_worker.h"

namespace qwendesk::app {
EngineFactory realEngineFactory();
}
