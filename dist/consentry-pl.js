var ConsentryLang_pl=(()=>{"use strict";return{}})();
