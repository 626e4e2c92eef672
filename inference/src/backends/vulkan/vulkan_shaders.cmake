# Vulkan compute backend (issue #6): the GLSL compute shaders in shaders/ are compiled by glslc to SPIR-V at
# build time and embedded in the engine as uint32 arrays (vulkan_spirv.cpp, generated), so the binary needs
# no shader files at run time. Included from inference/CMakeLists.txt when glslc and the Vulkan headers exist.
#
# A shader compiled once per weight type (matmul, embed) is listed as name:DEFINE; the SPIR-V is registered
# under the name (see shader_registry.h).
set(QWENDESK_VK_SHADER_DIR ${CMAKE_CURRENT_SOURCE_DIR}/src/backends/vulkan/shaders)
set(QWENDESK_VK_SHADERS
  matmul:f32:W_F32 matmul:f16:W_F16 matmul:bf16:W_BF16 matmul:q8_0:W_Q8_0 matmul:q4_0:W_Q4_0
  matmul:q4_k:W_Q4_K matmul:q5_k:W_Q5_K matmul:q6_k:W_Q6_K matmul:q5_0:W_Q5_0 matmul:iq4_xs:W_IQ4_XS
  matmul:f8_b128:W_F8_B128 matmul:f8_b16:W_F8_B16 matmul:awq_g128:W_AWQ_G128 matmul:awq_g32:W_AWQ_G32
  embed:f32:W_F32 embed:f16:W_F16 embed:bf16:W_BF16 embed:q8_0:W_Q8_0 embed:q4_0:W_Q4_0
  embed:q4_k:W_Q4_K embed:q5_k:W_Q5_K embed:q6_k:W_Q6_K embed:q5_0:W_Q5_0 embed:iq4_xs:W_IQ4_XS
  embed:f8_b128:W_F8_B128 embed:f8_b16:W_F8_B16 embed:awq_g128:W_AWQ_G128 embed:awq_g32:W_AWQ_G32
  matvec_sg:f32:W_F32 matvec_sg:f16:W_F16 matvec_sg:bf16:W_BF16 matvec_sg:q8_0:W_Q8_0 matvec_sg:q4_0:W_Q4_0
  matvec_sg:q4_k:W_Q4_K matvec_sg:q5_k:W_Q5_K matvec_sg:q6_k:W_Q6_K matvec_sg:q5_0:W_Q5_0 matvec_sg:iq4_xs:W_IQ4_XS
  matvec_sg:f8_b128:W_F8_B128 matvec_sg:f8_b16:W_F8_B16 matvec_sg:awq_g128:W_AWQ_G128 matvec_sg:awq_g32:W_AWQ_G32
  matvec_routed:f32:W_F32 matvec_routed:f16:W_F16 matvec_routed:bf16:W_BF16 matvec_routed:q8_0:W_Q8_0 matvec_routed:q4_0:W_Q4_0
  matvec_routed:q4_k:W_Q4_K matvec_routed:q5_k:W_Q5_K matvec_routed:q6_k:W_Q6_K matvec_routed:q5_0:W_Q5_0 matvec_routed:iq4_xs:W_IQ4_XS
  matvec_routed:f8_b128:W_F8_B128 matvec_routed:f8_b16:W_F8_B16 matvec_routed:awq_g128:W_AWQ_G128 matvec_routed:awq_g32:W_AWQ_G32
  moe_route moe_combine
  attention:f32:KV_F32 attention:f16:KV_F16 kv_store:f32:KV_F32 kv_store:f16:KV_F16
  rms_norm rope attention_combine swiglu add gather_rows scatter_add_rows)
file(GLOB QWENDESK_VK_SHADER_INCLUDES ${QWENDESK_VK_SHADER_DIR}/*.glsl)
set(QWENDESK_VK_SPV_DIR ${CMAKE_CURRENT_BINARY_DIR}/vulkan_spirv)
file(MAKE_DIRECTORY ${QWENDESK_VK_SPV_DIR})
set(QWENDESK_VK_SPV_FILES)
set(QWENDESK_VK_SPV_NAMES)
foreach(entry ${QWENDESK_VK_SHADERS})
  string(REPLACE ":" ";" parts ${entry})
  list(LENGTH parts n)
  list(GET parts 0 op)
  if(n EQUAL 3)
    list(GET parts 1 variant)
    list(GET parts 2 define)
    set(name ${op}_${variant})
    set(defines -D${define}=1)
  else()
    set(name ${op})
    set(defines)
  endif()
  # Shaders using subgroup operations (*_sg, matvec_routed) need Vulkan 1.1 SPIR-V; the rest stays 1.0 for old drivers.
  if(op MATCHES "_sg$" OR op STREQUAL "matvec_routed")
    set(target_env vulkan1.1)
  else()
    set(target_env vulkan1.0)
  endif()
  set(spv ${QWENDESK_VK_SPV_DIR}/${name}.spv)
  add_custom_command(OUTPUT ${spv}
    COMMAND ${QWENDESK_GLSLC} -fshader-stage=compute --target-env=${target_env} -O ${defines}
            -I ${QWENDESK_VK_SHADER_DIR} -o ${spv} ${QWENDESK_VK_SHADER_DIR}/${op}.comp
    DEPENDS ${QWENDESK_VK_SHADER_DIR}/${op}.comp ${QWENDESK_VK_SHADER_INCLUDES}
    COMMENT "glslc ${op}.comp -> ${name}.spv" VERBATIM)
  list(APPEND QWENDESK_VK_SPV_FILES ${spv})
  list(APPEND QWENDESK_VK_SPV_NAMES ${name})
endforeach()
set(QWENDESK_VK_SPIRV_CPP ${CMAKE_CURRENT_BINARY_DIR}/vulkan_spirv.cpp)
add_custom_command(OUTPUT ${QWENDESK_VK_SPIRV_CPP}
  COMMAND ${CMAKE_COMMAND} -DOUT=${QWENDESK_VK_SPIRV_CPP} -DSPV_DIR=${QWENDESK_VK_SPV_DIR} "-DNAMES=${QWENDESK_VK_SPV_NAMES}"
          -P ${CMAKE_CURRENT_SOURCE_DIR}/src/backends/vulkan/embed_spirv.cmake
  DEPENDS ${QWENDESK_VK_SPV_FILES} ${CMAKE_CURRENT_SOURCE_DIR}/src/backends/vulkan/embed_spirv.cmake
  COMMENT "Embedding ${CMAKE_CURRENT_BINARY_DIR}/vulkan_spirv/*.spv" VERBATIM)
target_sources(qwendesk_engine PRIVATE ${QWENDESK_VK_SPIRV_CPP})
target_compile_definitions(qwendesk_engine PRIVATE QWENDESK_VULKAN_BACKEND=1)
