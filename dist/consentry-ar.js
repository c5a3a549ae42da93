var ConsentryLang_ar=(()=>{"use strict";return{}})();
