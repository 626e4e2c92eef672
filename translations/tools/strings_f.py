# Settings → Hardware's split override (issue #13): GPU layers, MoE experts in RAM, and why a value was not
# applied. Columns: (zh_CN, zh_TW, ja, ko, ar, es, fr, de, ru, pt_BR, id, hi)
T = {
"GPU layers": (
  "GPU 层数", "GPU 層數", "GPU のレイヤー", "GPU 레이어", "طبقات GPU", "Capas en la GPU", "Couches sur le GPU",
  "Schichten auf der GPU", "Слои на GPU", "Camadas na GPU", "Lapisan di GPU", "GPU पर परतें"),
"MoE experts in RAM": (
  "内存中的 MoE 专家", "記憶體中的 MoE 專家", "RAM に置く MoE エキスパート", "RAM에 둘 MoE 전문가",
  "خبراء MoE في الذاكرة", "Expertos MoE en la RAM", "Experts MoE en RAM", "MoE-Experten im RAM",
  "Эксперты MoE в ОЗУ", "Especialistas MoE na RAM", "Expert MoE di RAM", "RAM में MoE एक्सपर्ट"),
"None (every expert on the GPU)": (
  "无（所有专家都在 GPU 上）", "無（所有專家都在 GPU 上）", "なし（すべてのエキスパートを GPU に）",
  "없음(모든 전문가를 GPU에)", "لا شيء (كل الخبراء على GPU)", "Ninguno (todos los expertos en la GPU)",
  "Aucun (tous les experts sur le GPU)", "Keine (alle Experten auf der GPU)", "Нет (все эксперты на GPU)",
  "Nenhum (todos os especialistas na GPU)", "Tidak ada (semua expert di GPU)", "कोई नहीं (सभी एक्सपर्ट GPU पर)"),
"All (every layer's experts in RAM)": (
  "全部（每一层的专家都在内存中）", "全部（每一層的專家都在記憶體中）", "すべて（全レイヤーのエキスパートを RAM に）",
  "전부(모든 레이어의 전문가를 RAM에)", "الكل (خبراء كل الطبقات في الذاكرة)", "Todos (los expertos de cada capa en la RAM)",
  "Tous (les experts de chaque couche en RAM)", "Alle (die Experten jeder Schicht im RAM)", "Все (эксперты всех слоёв в ОЗУ)",
  "Todos (os especialistas de cada camada na RAM)", "Semua (expert setiap lapisan di RAM)", "सभी (हर परत के एक्सपर्ट RAM में)"),
"These layers…": (
  "指定的层…", "指定的層…", "指定したレイヤー…", "지정한 레이어…", "هذه الطبقات…", "Estas capas…", "Ces couches…",
  "Diese Schichten…", "Эти слои…", "Estas camadas…", "Lapisan ini…", "ये परतें…"),
"The model's layers are not known yet; wait until its plan is shown.": (
  "尚不知道模型的层数；请等到显示其规划后再试。", "尚不知道模型的層數；請等到顯示其規劃後再試。",
  "モデルのレイヤーはまだ分かりません。計画が表示されるまでお待ちください。",
  "아직 모델의 레이어를 알 수 없습니다. 계획이 표시될 때까지 기다리세요.",
  "طبقات النموذج غير معروفة بعد؛ انتظر حتى تظهر خطته.",
  "Aún no se conocen las capas del modelo; espera a que se muestre su plan.",
  "Les couches du modèle ne sont pas encore connues ; attendez que son plan s’affiche.",
  "Die Schichten des Modells sind noch nicht bekannt; warte, bis sein Plan angezeigt wird.",
  "Слои модели ещё неизвестны; дождитесь, пока появится её план.",
  "As camadas do modelo ainda não são conhecidas; espere até o plano dele aparecer.",
  "Lapisan model belum diketahui; tunggu sampai rencananya ditampilkan.",
  "मॉडल की परतें अभी पता नहीं हैं; उसकी योजना दिखने तक रुकें।"),
"Apply": (
  "应用", "套用", "適用", "적용", "تطبيق", "Aplicar", "Appliquer", "Übernehmen", "Применить", "Aplicar", "Terapkan", "लागू करें"),
"Automatic follows the plan, which splits a model too large for the GPU with the CPU. A number puts that many layers on the GPU and the rest on the CPU; experts kept in RAM run on the CPU. The plan above shows the result, and the model is loaded again.": (
  "自动：按规划执行，GPU 放不下的模型会与 CPU 分担。填一个数字：将这么多层放在 GPU 上，其余在 CPU 上；留在内存中的专家由 CPU 运行。上方的规划会显示结果，模型会重新加载。",
  "自動：依規劃執行，GPU 放不下的模型會與 CPU 分擔。填一個數字：將這麼多層放在 GPU 上，其餘在 CPU 上；留在記憶體中的專家由 CPU 執行。上方的規劃會顯示結果，模型會重新載入。",
  "自動では計画に従い、GPU に収まらないモデルは CPU と分割します。数を指定すると、その数のレイヤーを GPU に、残りを CPU に置きます。RAM に置いたエキスパートは CPU で動きます。結果は上の計画に表示され、モデルは読み込み直されます。",
  "자동은 계획을 따르며, GPU에 다 들어가지 않는 모델은 CPU와 나눕니다. 숫자를 정하면 그만큼의 레이어를 GPU에, 나머지를 CPU에 둡니다. RAM에 둔 전문가는 CPU에서 실행됩니다. 결과는 위의 계획에 표시되고, 모델을 다시 불러옵니다.",
  "الوضع التلقائي يتبع الخطة، التي تقسم النموذج الأكبر من GPU مع المعالج. الرقم يضع هذا العدد من الطبقات على GPU والباقي على المعالج؛ والخبراء المتروكون في الذاكرة يعملون على المعالج. تعرض الخطة أعلاه النتيجة، ويُعاد تحميل النموذج.",
  "Automático sigue el plan, que reparte con la CPU un modelo demasiado grande para la GPU. Un número pone esa cantidad de capas en la GPU y el resto en la CPU; los expertos que quedan en la RAM se ejecutan en la CPU. El plan de arriba muestra el resultado y el modelo se vuelve a cargar.",
  "Automatique suit le plan, qui répartit avec le processeur un modèle trop grand pour le GPU. Un nombre place autant de couches sur le GPU et le reste sur le processeur ; les experts gardés en RAM s’exécutent sur le processeur. Le plan ci-dessus montre le résultat, et le modèle est rechargé.",
  "Automatisch folgt dem Plan, der ein Modell, das zu groß für die GPU ist, mit der CPU teilt. Eine Zahl legt so viele Schichten auf die GPU und den Rest auf die CPU; Experten im RAM laufen auf der CPU. Der Plan oben zeigt das Ergebnis, und das Modell wird neu geladen.",
  "«Автоматически» следует плану, который делит с CPU модель, слишком большую для GPU. Число помещает столько слоёв на GPU, а остальные — на CPU; эксперты, оставленные в ОЗУ, работают на CPU. План выше показывает результат, и модель загружается заново.",
  "Automático segue o plano, que divide com a CPU um modelo grande demais para a GPU. Um número coloca essa quantidade de camadas na GPU e o resto na CPU; especialistas mantidos na RAM rodam na CPU. O plano acima mostra o resultado, e o modelo é carregado de novo.",
  "Otomatis mengikuti rencana, yang membagi model yang terlalu besar untuk GPU dengan CPU. Sebuah angka menaruh sebanyak itu lapisan di GPU dan sisanya di CPU; expert yang disimpan di RAM berjalan di CPU. Rencana di atas menunjukkan hasilnya, dan model dimuat ulang.",
  "स्वचालित योजना का पालन करता है, जो GPU के लिए बहुत बड़े मॉडल को CPU के साथ बाँटती है। एक संख्या उतनी परतें GPU पर और बाकी CPU पर रखती है; RAM में रखे एक्सपर्ट CPU पर चलते हैं। ऊपर की योजना नतीजा दिखाती है, और मॉडल फिर से लोड होता है।"),
"A split between the GPU and the CPU needs a GPU backend: choose Automatic, Vulkan or CUDA above.": (
  "GPU 与 CPU 分担需要 GPU 后端：请在上方选择“自动”、Vulkan 或 CUDA。",
  "GPU 與 CPU 分擔需要 GPU 後端：請在上方選擇「自動」、Vulkan 或 CUDA。",
  "GPU と CPU の分割には GPU バックエンドが必要です。上で「自動」、Vulkan または CUDA を選んでください。",
  "GPU와 CPU 분할에는 GPU 백엔드가 필요합니다. 위에서 자동, Vulkan 또는 CUDA를 선택하세요.",
  "يحتاج التقسيم بين GPU والمعالج إلى واجهة GPU: اختر «تلقائي» أو Vulkan أو CUDA أعلاه.",
  "Repartir entre la GPU y la CPU necesita un backend de GPU: elige Automático, Vulkan o CUDA arriba.",
  "Une répartition entre le GPU et le processeur demande un backend GPU : choisissez Automatique, Vulkan ou CUDA ci-dessus.",
  "Eine Aufteilung zwischen GPU und CPU braucht ein GPU-Backend: wähle oben Automatisch, Vulkan oder CUDA.",
  "Для разделения между GPU и CPU нужен GPU-бэкенд: выберите выше «Автоматически», Vulkan или CUDA.",
  "Dividir entre a GPU e a CPU precisa de um backend de GPU: escolha Automático, Vulkan ou CUDA acima.",
  "Pembagian antara GPU dan CPU memerlukan backend GPU: pilih Otomatis, Vulkan, atau CUDA di atas.",
  "GPU और CPU के बीच बँटवारे के लिए GPU बैकएंड चाहिए: ऊपर स्वचालित, Vulkan या CUDA चुनें।"),
}

P = {
"of %n layer(s)": {
  "zh_CN": ["共 %n 层"], "zh_TW": ["共 %n 層"], "ja": ["全 %n レイヤー中"], "ko": ["전체 %n개 레이어 중"], "id": ["dari %n lapisan"],
  "ar": ["من %n طبقة", "من طبقة واحدة", "من طبقتين", "من %n طبقات", "من %n طبقة", "من %n طبقة"],
  "es": ["de %n capa", "de %n capas"], "fr": ["sur %n couche", "sur %n couches"],
  "de": ["von %n Schicht", "von %n Schichten"], "ru": ["из %n слоя", "из %n слоёв", "из %n слоёв"],
  "pt_BR": ["de %n camada", "de %n camadas"], "hi": ["%n परत में से", "%n परतों में से"]},
}
