package readlisten

// Reading, Bậc 1: self-introductions, timetables, messages, notices of a
// few lines; one-sentence gaps; matching everyday words and replies.
func init() {
	allReadLevels = append(allReadLevels, ReadLevel{
		Level: 1,
		Groups: []RGroup{
			{Title: "Giới thiệu bản thân", Tp: []string{"arrival"},
				Text: `Tôi tên là Bun Mi. Tôi là người Lào. Năm nay tôi ba mươi lăm tuổi. Tôi là cán bộ ở huyện Viêng Xay, tỉnh Hủa Phăn. Bây giờ tôi học ở Trường Chính trị tỉnh Thanh Hoá. Tôi ở phòng 305, ký túc xá nhà B. Phòng tôi có ba người. Tôi thích học tiếng Việt.`,
				Qs: []Q{
					{P: "Bun Mi bao nhiêu tuổi?", O: []string{"*35 tuổi", "25 tuổi", "53 tuổi", "30 tuổi"}},
					{P: "Bun Mi ở phòng nào?", O: []string{"*Phòng 305", "Phòng 350", "Phòng 503", "Phòng 205"}},
					{P: "Phòng của Bun Mi có mấy người?", O: []string{"*Ba người", "Hai người", "Bốn người"}},
				},
				TFs: []TF{
					{S: "Bun Mi là người Việt Nam.", A: false, F: "Bun Mi viết: “Tôi là người Lào.”", FE: "Bun Mi writes: “I am Lao.”"},
					{S: "Bun Mi là cán bộ ở huyện Viêng Xay.", A: true},
					{S: "Bun Mi thích học tiếng Việt.", A: true},
				}},
			{Title: "Lịch học tuần này", Tp: []string{"study"},
				Text: `LỊCH HỌC TUẦN NÀY – LỚP LÀO
Thứ Hai: 7 giờ 30 – 11 giờ: Tiếng Việt
Thứ Ba: 7 giờ 30 – 11 giờ: Tiếng Việt; 14 giờ – 16 giờ 30: Thể dục
Thứ Tư: 7 giờ 30 – 11 giờ: Lịch sử Việt Nam
Thứ Năm: Nghỉ
Thứ Sáu: 7 giờ 30 – 11 giờ: Tiếng Việt
Thứ Bảy, Chủ nhật: Nghỉ`,
				Qs: []Q{
					{P: "Thứ Tư lớp học môn gì?", O: []string{"*Lịch sử Việt Nam", "Tiếng Việt", "Thể dục", "Không học"}},
					{P: "Ngày nào lớp học thể dục?", O: []string{"*Thứ Ba", "Thứ Hai", "Thứ Năm", "Thứ Sáu"}},
					{P: "Buổi sáng lớp bắt đầu học lúc mấy giờ?", O: []string{"*7 giờ 30", "7 giờ", "8 giờ", "11 giờ"}},
				},
				TFs: []TF{
					{S: "Thứ Năm lớp nghỉ.", A: true},
					{S: "Chủ nhật lớp học tiếng Việt.", A: false},
				}},
			{Title: "Tin nhắn", Tp: []string{"daily-life"},
				Text: `Lan: Anh Khăm La ơi, chiều nay em đi chợ. Anh có muốn mua gì không? Em mua cho anh nhé.
Khăm La: Cảm ơn em. Em mua cho anh một cân cam và hai quả chanh nhé.`,
				Qs: []Q{
					{P: "Chiều nay Lan đi đâu?", O: []string{"*Đi chợ", "Đi học", "Đi làm", "Về nhà"}},
					{P: "Khăm La muốn mua gì?", O: []string{"*Cam và chanh", "Cam và chuối", "Rau và thịt", "Chanh và trứng"}},
				},
				TFs: []TF{
					{S: "Khăm La muốn mua hai cân cam.", A: false, F: "Khăm La muốn mua một cân cam và hai quả chanh.", FE: "Khăm La wants one kilo of oranges and two limes."},
					{S: "Lan hỏi Khăm La có muốn mua gì không.", A: true},
				}},
			{Title: "Gia đình tôi", Tp: []string{"daily-life"},
				Text: `Gia đình tôi có năm người: bố, mẹ, vợ tôi, con trai tôi và tôi. Bố mẹ tôi đã già. Bố tôi bảy mươi tuổi, mẹ tôi sáu mươi tám tuổi. Vợ tôi là giáo viên tiểu học. Con trai tôi mười hai tuổi, là học sinh. Gia đình tôi sống ở Sầm Nưa. Tôi rất nhớ gia đình.`,
				Qs: []Q{
					{P: "Vợ của người viết làm nghề gì?", O: []string{"*Giáo viên", "Bác sĩ", "Học sinh", "Nông dân"}},
					{P: "Con trai của người viết bao nhiêu tuổi?", O: []string{"*12 tuổi", "70 tuổi", "68 tuổi", "20 tuổi"}},
				},
				TFs: []TF{
					{S: "Gia đình người viết có năm người.", A: true},
					{S: "Mẹ của người viết bảy mươi tuổi.", A: false, F: "Bố bảy mươi tuổi; mẹ sáu mươi tám tuổi.", FE: "The father is seventy; the mother is sixty-eight."},
					{S: "Gia đình người viết sống ở Sầm Nưa.", A: true},
				}},
			{Title: "Nhà ăn học viên", Tp: []string{"arrival", "daily-life"},
				Text: `NHÀ ĂN HỌC VIÊN
Bữa sáng: 6 giờ 30 – 7 giờ 15
Bữa trưa: 11 giờ 15 – 12 giờ 30
Bữa tối: 17 giờ 30 – 19 giờ
Học viên đến ăn đúng giờ. Không mang bát đĩa về phòng.`,
				Qs: []Q{
					{P: "Bữa trưa bắt đầu lúc mấy giờ?", O: []string{"*11 giờ 15", "12 giờ 30", "11 giờ", "6 giờ 30"}},
					{P: "Bữa tối kết thúc lúc mấy giờ?", O: []string{"*19 giờ", "17 giờ 30", "18 giờ", "20 giờ"}},
				},
				TFs: []TF{
					{S: "Học viên được mang bát đĩa về phòng.", A: false},
					{S: "Nhà ăn có ba bữa mỗi ngày.", A: true},
				}},
			{Title: "Thứ Bảy ở Thanh Hoá", Tp: []string{"daily-life"},
				Text: `Hôm nay là thứ Bảy. Trời đẹp, không mưa. Nhiệt độ từ hai mươi đến hai mươi sáu độ. Buổi sáng hơi lạnh, buổi trưa ấm. Chúng tôi đi chơi ở công viên gần trường. Buổi tối chúng tôi ăn phở ở quán của bà Hoa.`,
				Qs: []Q{
					{P: "Hôm nay trời thế nào?", O: []string{"*Đẹp, không mưa", "Mưa to", "Rất nóng", "Có bão"}},
					{P: "Buổi tối họ ăn gì?", O: []string{"*Phở", "Cơm", "Bánh mì", "Bún chả"}},
				},
				TFs: []TF{
					{S: "Buổi sáng hơi lạnh.", A: true},
					{S: "Họ đi chơi ở biển.", A: false, F: "Họ đi chơi ở công viên gần trường.", FE: "They go to the park near the school."},
				}},
		},
		ShortTF: []ShortTF{
			{Tp: []string{"arrival"}, Text: "Tôi là Vi Lay. Tôi là học viên.", TF: TF{S: "Vi Lay là giáo viên.", A: false}},
			{Tp: []string{"study"}, Text: "Hôm nay là Chủ nhật. Chúng tôi không đi học.", TF: TF{S: "Hôm nay họ không đi học.", A: true}},
			{Tp: []string{"arrival"}, Text: "Phòng 204 ở tầng hai.", TF: TF{S: "Phòng 204 ở tầng bốn.", A: false}},
			{Text: "Anh Phon uống cà phê. Chị Lan uống nước chè.", TF: TF{S: "Chị Lan uống cà phê.", A: false}},
			{Tp: []string{"study"}, Text: "Thư viện mở cửa từ 7 giờ đến 17 giờ.", TF: TF{S: "Lúc 8 giờ sáng thư viện mở cửa.", A: true}},
			{Text: "Tôi có một em gái. Em tôi là y tá.", TF: TF{S: "Em gái của người viết là y tá.", A: true}},
			{Text: "Cái bút này giá năm nghìn đồng.", TF: TF{S: "Cái bút giá 5.000 đồng.", A: true}},
			{Tp: []string{"arrival"}, Text: "Chợ ở bên phải trường. Bưu điện ở bên trái trường.", TF: TF{S: "Bưu điện ở bên phải trường.", A: false}},
			{Text: "Mùa hè ở Thanh Hoá rất nóng.", TF: TF{S: "Mùa hè ở Thanh Hoá lạnh.", A: false}},
			{Text: "Bà Hoa bán rau ở chợ. Rau của bà rất tươi và rẻ.", TF: TF{S: "Bà Hoa bán rau.", A: true}},
		},
		Clozes: []Cloze{
			{Tp: []string{"office"}, Text: "Anh ấy [*là|có|ở] cán bộ huyện."},
			{Tp: []string{"arrival"}, Text: "Tôi [*đến|đi|về] từ tỉnh Hủa Phăn."},
			{Tp: []string{"arrival"}, Text: "Chị [*tên|tuổi|nhà] là gì?"},
			{Tp: []string{"arrival"}, Text: "Bạn bao nhiêu [*tuổi|tên|giờ]?"},
			{Text: "Bây giờ là mấy [*giờ|tuổi|người] rồi?"},
			{Text: "Hôm nay trời mưa, tôi mang [*áo mưa|kính râm|quạt]."},
			{Text: "Thứ bảy và chủ nhật là hai ngày [*nghỉ|học|họp] cuối tuần."},
			{Tp: []string{"arrival"}, Text: "Chúng tôi ăn cơm ở [*nhà ăn|thư viện|lớp học]."},
			{Tp: []string{"study"}, Text: "Tôi mượn sách ở [*thư viện|nhà ăn|chợ]."},
			{Text: "Cảm [*ơn|chào|lỗi] chị."},
			{Text: "Mẹ của mẹ là [*bà ngoại|bà nội|cô]."},
			{Tp: []string{"study"}, Text: "Tôi đi học [*bằng|với|của] xe đạp."},
			{Text: "Quyển sách này là [*của|bằng|với] tôi."},
			{Text: "Mùa hè trời [*nóng|lạnh|rét]."},
			{Tp: []string{"study"}, Text: "Tôi [*đang|đã|sẽ] học bài, bạn chờ một chút nhé."},
			{Text: "Ngày mai tôi [*sẽ|đã|vừa] đi Hà Nội.", F: "“Ngày mai” chỉ tương lai nên dùng “sẽ”.", FE: "“Ngày mai” (tomorrow) calls for “sẽ” (future)."},
			{Tp: []string{"study"}, Text: "Hôm qua tôi [*đã|sẽ|sắp] gặp cô giáo.", F: "“Hôm qua” chỉ quá khứ nên dùng “đã”.", FE: "“Hôm qua” (yesterday) calls for “đã” (past)."},
			{Text: "Anh ấy cao, còn em trai anh ấy [*thấp|to|dài]."},
			{Text: "Cái áo này giá [*bao nhiêu|ở đâu|khi nào]?"},
			{Tp: []string{"arrival"}, Text: "Nhà vệ sinh ở [*đâu|gì|nào]?"},
			{Tp: []string{"study"}, Text: "Chúng tôi học tiếng Việt [*ở|từ|cho] Thanh Hoá."},
			{Tp: []string{"study"}, Text: "Tôi [=là] học viên lớp Lào."},
			{Tp: []string{"arrival"}, Text: "Chào [=anh|chị|em|bạn|ông|bà|cô|thầy]! Tôi tên là Hoa."},
			{Text: "Một ngày có hai mươi bốn [=giờ|tiếng]."},
			{Text: "Tôi [*uống|ăn|đọc] nước cam."},
			{Text: "Sáng nay tôi dậy [*sớm|to|nhiều] để đi chợ."},
			{Text: "Tôi [*không|rất|cũng] biết bơi, nên tôi không đi biển."},
		},
		Matches: []Match{
			{P: "Nối số viết bằng chữ với số.", Pairs: []string{"một | 1", "năm | 5", "mười | 10", "hai mươi | 20"}, X: []string{"12"}},
			{P: "Nối câu hỏi với câu trả lời.", Pairs: []string{"Bạn có khoẻ không? | Cảm ơn, tôi khoẻ.", "Bạn ở đâu? | Tôi ở ký túc xá.", "Bạn đi đâu đấy? | Tôi đi chợ.", "Mấy giờ rồi? | Tám giờ rồi."}},
			{P: "Nối từ với từ trái nghĩa.", Pairs: []string{"mới | cũ", "dài | ngắn", "đắt | rẻ", "sớm | muộn"}, X: []string{"xanh"}},
			{P: "Nối từ chỉ nam với từ chỉ nữ.", Pairs: []string{"anh trai | chị gái", "ông | bà", "bố | mẹ", "chồng | vợ"}},
			{Tp: []string{"arrival"}, P: "Nối nơi chốn với việc làm ở đó.", Pairs: []string{"bưu điện | gửi thư", "bệnh viện | khám bệnh", "ngân hàng | đổi tiền", "nhà ăn | ăn cơm"}, X: []string{"ngủ"}},
			{P: "Nối buổi với giờ.", Pairs: []string{"buổi sáng | 7 giờ", "buổi trưa | 12 giờ", "buổi chiều | 15 giờ", "buổi tối | 20 giờ"}},
			{P: "Nối sự vật với màu sắc.", Pairs: []string{"lá cây | màu xanh", "máu | màu đỏ", "than | màu đen", "sữa | màu trắng"}},
			{P: "Nối câu nói với câu đáp.", Pairs: []string{"Cảm ơn anh. | Không có gì.", "Xin lỗi chị. | Không sao đâu.", "Hẹn gặp lại! | Vâng, hẹn gặp lại.", "Chúc anh ngủ ngon! | Cảm ơn em."}},
			{P: "Nối động từ với từ đi cùng.", Pairs: []string{"đọc | sách", "uống | nước", "ăn | cơm", "viết | thư"}},
			{P: "Nối mùa với đặc điểm.", Pairs: []string{"mùa hè | trời nóng", "mùa đông | trời lạnh", "mùa xuân | có nhiều hoa", "mùa thu | trời mát"}},
			{P: "Nối số viết bằng chữ với số.", Pairs: []string{"mười lăm | 15", "hai mươi mốt | 21", "một trăm | 100", "năm mươi | 50"}, X: []string{"55"}},
			{Tp: []string{"office", "village"}, P: "Nối nghề với việc làm.", Pairs: []string{"giáo viên | dạy học", "bác sĩ | chữa bệnh", "nông dân | trồng lúa", "lái xe | lái ô tô"}},
			{P: "Nối câu hỏi với câu trả lời.", Pairs: []string{"Ai? | Chị Lan.", "Ở đâu? | Ở Thanh Hoá.", "Khi nào? | Ngày mai.", "Bao nhiêu tiền? | Năm mươi nghìn đồng."}},
			{P: "Nối hai câu cho hợp nghĩa.", Pairs: []string{"Tôi đói. | Tôi muốn ăn cơm.", "Tôi khát. | Tôi muốn uống nước.", "Tôi mệt. | Tôi muốn nghỉ.", "Tôi ốm. | Tôi muốn đi khám bệnh."}},
			{P: "Nối phương tiện với nơi đi.", Pairs: []string{"máy bay | sân bay", "tàu hoả | nhà ga", "xe khách | bến xe", "thuyền | bến thuyền"}},
		},
	})
}
