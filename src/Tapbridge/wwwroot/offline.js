// The offline page in the phone's language (the app's own texts need the server, which cannot be reached).
const words = {
  vi: ["Bạn đang ngoại tuyến", "Tapbridge cần internet để hiển thị sản phẩm và số tiền mới nhất. Hãy kiểm tra kết nối rồi thử lại.", "Thử lại"],
  th: ["คุณออฟไลน์อยู่", "Tapbridge ต้องใช้อินเทอร์เน็ตเพื่อแสดงสินค้าและยอดเงินล่าสุด ตรวจสอบการเชื่อมต่อแล้วลองอีกครั้ง", "ลองอีกครั้ง"],
  id: ["Kamu sedang offline", "Tapbridge butuh internet untuk menampilkan produk dan jumlah terbaru. Periksa koneksimu lalu coba lagi.", "Coba lagi"],
  ms: ["Anda di luar talian", "Tapbridge memerlukan internet untuk menunjukkan produk dan jumlah terkini. Semak sambungan anda dan cuba lagi.", "Cuba lagi"],
  fil: ["Offline ka", "Kailangan ng Tapbridge ng internet para maipakita ang mga produkto at halaga ngayon. Tingnan ang koneksyon mo at subukan ulit.", "Subukan ulit"],
};
const language = navigator.languages.map(l => (l || "").toLowerCase().split("-")[0]).find(l => words[l] || l === "en");
if (words[language]) {
  document.documentElement.lang = language;
  [document.getElementById("title").textContent, document.getElementById("text").textContent, document.getElementById("retry").textContent] = words[language];
}
document.getElementById("retry").addEventListener("click", () => location.reload());
