package readlisten

// Listening, Bậc 2: family, shopping, directions, health, simple office
// errands; sentences joined by và, nhưng, vì, nên.
func init() {
	allListenLevels = append(allListenLevels, ListenLevel{
		Level:      2,
		Tones:      tonesB2,
		Sets:       setsB2,
		InSentence: inSentenceB2,
		Dict: []LDict{
			{Tp: []string{"study"}, T: "Tôi học tiếng Việt vì muốn học lý luận chính trị ở Việt Nam.", Alt: []string{"Tôi học tiếng Việt vì muốn học lí luận chính trị ở Việt Nam."}},
			{Tp: []string{"arrival"}, T: "Ký túc xá của trường rất sạch và đẹp.", Alt: []string{"Kí túc xá của trường rất sạch và đẹp."}},
			{T: "Hôm qua trời mưa nên chúng tôi không đi chợ."},
			{T: "Tôi nhớ gia đình nhưng tôi rất vui khi học ở đây."},
			{T: "Chiều nay lớp chúng tôi đi đá bóng."},
			{T: "Mẹ tôi năm nay đã sáu mươi lăm tuổi.", F: "Chú ý “mươi” (không có dấu) và “lăm” (không phải “năm”) trong “sáu mươi lăm”.", FE: "Note “mươi” (no mark) and “lăm” (not “năm”) in “sáu mươi lăm” (65)."},
			{T: "Xin lỗi, bưu điện ở đâu ạ?"},
			{T: "Tôi muốn gửi thư về Lào."},
			{Tp: []string{"office"}, T: "Anh ấy làm việc ở Uỷ ban nhân dân huyện."},
			{T: "Cuối tuần chúng tôi thường đi thăm các di tích lịch sử."},
			{T: "Quán phở này ngon và không đắt."},
			{Tp: []string{"arrival"}, T: "Tôi đã ở Thanh Hoá được ba tháng rồi."},
			{Tp: []string{"arrival"}, T: "Phòng tôi có bốn người, ai cũng rất vui vẻ."},
			{Tp: []string{"study"}, T: "Ngày mai tôi phải nộp bài kiểm tra."},
			{Tp: []string{"party-cell"}, T: "Chi bộ thôn tôi có mười hai đảng viên."},
			{Tp: []string{"village"}, T: "Trưởng thôn mời bà con đến nhà văn hoá họp."},
			{Tp: []string{"friendship"}, T: "Đường từ Sầm Nưa đến Thanh Hoá rất xa."},
			{T: "Tôi gọi điện về nhà mỗi tối."},
			{T: "Rau muống luộc là món tôi thích nhất.", F: "“Rau” bắt đầu bằng r; “luộc” bắt đầu bằng l.", FE: "“Rau” starts with r; “luộc” starts with l."},
			{Tp: []string{"study"}, T: "Lớp trưởng nhắc mọi người đi học đúng giờ."},
		},
		Sits: []LSit{
			{T: "Xin lỗi chị, từ đây đến bưu điện đi thế nào ạ? – Anh đi thẳng, đến ngã tư thì rẽ phải. Bưu điện ở bên trái đường.",
				Q: Q{P: "Đến ngã tư thì phải làm gì?", O: []string{"*Rẽ phải", "Rẽ trái", "Đi thẳng", "Quay lại"}}},
			{T: "Tôi muốn mua vé xe đi Hà Nội vào sáng thứ Bảy, chuyến bảy giờ.",
				Q: Q{P: "Người nói muốn đi Hà Nội khi nào?", O: []string{"*Sáng thứ Bảy", "Chiều thứ Bảy", "Sáng Chủ nhật", "Tối thứ Sáu"}}},
			{Tp: []string{"study"}, T: "Hôm nay tôi không đi học được vì bị sốt. Nhờ bạn xin phép cô giáo giúp tôi.",
				Q: Q{P: "Vì sao người nói không đi học?", O: []string{"*Vì bị sốt", "Vì trời mưa", "Vì phải đi họp", "Vì về Lào"}}},
			{T: "Áo này đẹp nhưng hơi chật. Chị có cỡ to hơn không?",
				Q: Q{P: "Người nói muốn gì?", O: []string{"*Một cái áo cỡ to hơn", "Một cái áo rẻ hơn", "Một cái áo màu khác", "Lấy lại tiền"}}},
			{T: "Gia đình tôi có năm người: bố mẹ tôi, vợ tôi, con gái tôi và tôi.",
				Q: Q{P: "Gia đình người nói có mấy người?", O: []string{"*Năm người", "Bốn người", "Ba người", "Sáu người"}}},
			{Tp: []string{"study"}, T: "Thứ Năm này lớp nghỉ học buổi chiều để chuẩn bị cho lễ kỷ niệm.",
				Q: Q{P: "Lớp nghỉ học khi nào?", O: []string{"*Chiều thứ Năm", "Sáng thứ Năm", "Cả ngày thứ Năm", "Chiều thứ Sáu"}}},
			{T: "Một cân thịt lợn giá một trăm hai mươi nghìn, còn một cân cá giá tám mươi nghìn.",
				Q: Q{P: "Một cân cá giá bao nhiêu?", O: []string{"*80.000 đồng", "120.000 đồng", "100.000 đồng", "18.000 đồng"}}},
			{Tp: []string{"office"}, T: "Trước đây tôi làm giáo viên, bây giờ tôi làm cán bộ ở Ban Tổ chức huyện.",
				Q: Q{P: "Bây giờ người nói làm gì?", O: []string{"*Cán bộ Ban Tổ chức huyện", "Giáo viên", "Bác sĩ", "Trưởng thôn"}}},
			{Tp: []string{"friendship"}, T: "Mùa hè ở Thanh Hoá rất nóng, còn ở Sầm Nưa thì mát hơn.",
				Q: Q{P: "Theo người nói, mùa hè ở đâu mát hơn?", O: []string{"*Ở Sầm Nưa", "Ở Thanh Hoá", "Ở Hà Nội", "Ở Sầm Sơn"}}},
			{Tp: []string{"arrival"}, T: "Anh ơi, cho em hỏi, phòng Đào tạo ở tầng mấy ạ? – Ở tầng hai, phòng thứ ba bên phải.",
				Q: Q{P: "Phòng Đào tạo ở tầng mấy?", O: []string{"*Tầng hai", "Tầng ba", "Tầng một", "Tầng bốn"}}},
			{T: "Tôi thường ăn sáng ở nhà ăn của trường, nhưng hôm nay tôi ăn bánh mì ở ngoài.",
				Q: Q{P: "Hôm nay người nói ăn sáng ở đâu?", O: []string{"*Ở ngoài trường", "Ở nhà ăn của trường", "Ở phòng", "Không ăn sáng"}}},
			{T: "Chị ơi, tôi gửi thư này về Lào. Bao giờ thư đến nơi ạ? – Khoảng một tuần anh ạ.",
				Q: Q{P: "Thư đến Lào sau bao lâu?", O: []string{"*Khoảng một tuần", "Một ngày", "Một tháng", "Ba ngày"}}},
			{Tp: []string{"village"}, T: "Chiều nay thôn họp lúc hai giờ ở nhà văn hoá để bàn việc làm đường.",
				Q: Q{P: "Cuộc họp bàn việc gì?", O: []string{"*Làm đường", "Trồng lúa", "Bầu trưởng thôn", "Xây trường học"}}},
			{T: "Bạn tôi cao, tóc ngắn và đeo kính. Bạn ấy đang đứng gần cửa.",
				Q: Q{P: "Bạn của người nói trông thế nào?", O: []string{"*Cao, tóc ngắn, đeo kính", "Thấp, tóc dài", "Cao, tóc dài", "Thấp, đeo kính"}}},
			{T: "Em đặt cho anh một phòng đôi, từ tối thứ Sáu đến sáng Chủ nhật nhé.",
				Q: Q{P: "Người nói đặt phòng mấy đêm?", O: []string{"*Hai đêm", "Một đêm", "Ba đêm", "Bốn đêm"}, F: "Tối thứ Sáu và tối thứ Bảy: hai đêm.", FE: "Friday night and Saturday night: two nights."}},
			{T: "Tôi thích mùa thu ở Việt Nam vì trời mát và có nhiều hoa.",
				Q: Q{P: "Vì sao người nói thích mùa thu?", O: []string{"*Vì trời mát và có nhiều hoa", "Vì trời nóng", "Vì có nhiều mưa", "Vì được nghỉ học"}}},
			{Tp: []string{"study"}, T: "Các em về nhà đọc bài năm và làm bài tập số ba nhé.",
				Q: Q{P: "Học viên phải làm bài tập nào?", O: []string{"*Bài tập số 3", "Bài tập số 5", "Bài tập số 2", "Bài tập số 8"}}},
		},
		Groups: []LGroup{
			{Title: "Gọi điện về nhà", Kind: "dialogue", Tp: []string{"daily-life"},
				T: `Vợ: A lô, anh à? Anh ở Thanh Hoá có khoẻ không?
Bun Thăn: Anh khoẻ. Ở đây trời nóng nhưng anh quen rồi. Ở nhà thế nào em?
Vợ: Ở nhà mọi người đều khoẻ. Con trai mình vừa thi xong, được điểm cao.
Bun Thăn: Thế à? Anh vui quá. Tháng sau anh được nghỉ một tuần, anh sẽ về thăm nhà.`,
				Qs: []Q{
					{P: "Bun Thăn nói gì về thời tiết ở Thanh Hoá?", O: []string{"*Trời nóng nhưng anh đã quen", "Trời lạnh", "Trời mưa nhiều", "Trời mát"}},
					{P: "Con trai của Bun Thăn thế nào?", O: []string{"*Thi được điểm cao", "Bị ốm", "Đi học ở Việt Nam", "Sắp lấy vợ"}},
					{P: "Khi nào Bun Thăn về thăm nhà?", O: []string{"*Tháng sau", "Tuần sau", "Năm sau", "Ngày mai"}},
				}},
			{Title: "Ở hiệu thuốc", Kind: "dialogue", Tp: []string{"daily-life"},
				T: `Dược sĩ: Anh cần mua thuốc gì ạ?
Khăm Phết: Tôi bị ho và đau họng mấy ngày nay.
Dược sĩ: Anh có sốt không?
Khăm Phết: Không, tôi không sốt.
Dược sĩ: Anh uống thuốc này, mỗi ngày ba lần, sau bữa ăn. Anh nên uống nước ấm, đừng uống nước đá.`,
				Qs: []Q{
					{P: "Khăm Phết bị làm sao?", O: []string{"*Ho và đau họng", "Sốt cao", "Đau bụng", "Đau chân"}},
					{P: "Mỗi ngày uống thuốc mấy lần?", O: []string{"*Ba lần", "Hai lần", "Một lần", "Bốn lần"}},
					{P: "Dược sĩ khuyên Khăm Phết điều gì?", O: []string{"*Uống nước ấm, đừng uống nước đá", "Uống nhiều nước đá", "Không ăn cơm", "Đi bệnh viện ngay"}},
				}},
			{Title: "Thông báo của ký túc xá", Kind: "notice", Tp: []string{"arrival"},
				T: `Thông báo của Ban quản lý ký túc xá. Từ thứ Hai tuần sau, nhà ăn mở cửa từ sáu giờ sáng. Học viên nào muốn giặt quần áo bằng máy thì đăng ký ở phòng trực tầng một. Buổi tối, cổng ký túc xá đóng lúc mười một giờ. Xin cảm ơn.`,
				Qs: []Q{
					{P: "Từ thứ Hai tuần sau, nhà ăn mở cửa lúc mấy giờ?", O: []string{"*6 giờ sáng", "7 giờ sáng", "5 giờ sáng", "11 giờ đêm"}},
					{P: "Muốn giặt quần áo bằng máy, học viên phải làm gì?", O: []string{"*Đăng ký ở phòng trực tầng một", "Gọi điện cho lớp trưởng", "Mang ra chợ", "Đến nhà ăn"}},
					{P: "Buổi tối cổng ký túc xá đóng lúc mấy giờ?", O: []string{"*11 giờ", "10 giờ", "9 giờ", "12 giờ"}},
				}},
			{Title: "Nộp giấy tờ", Kind: "dialogue", Tp: []string{"office", "arrival"},
				T: `Cán bộ: Chào đồng chí. Đồng chí cần gì ạ?
Xổm Phết: Chào chị. Tôi muốn nộp hồ sơ đăng ký tạm trú.
Cán bộ: Đồng chí có mang hộ chiếu và hai ảnh không?
Xổm Phết: Tôi có hộ chiếu, nhưng tôi quên mang ảnh.
Cán bộ: Không sao. Chiều mai đồng chí mang ảnh đến. Phòng làm việc mở cửa đến năm giờ chiều.`,
				Qs: []Q{
					{P: "Xổm Phết muốn làm gì?", O: []string{"*Nộp hồ sơ đăng ký tạm trú", "Mua vé xe", "Mượn sách", "Đổi tiền"}},
					{P: "Xổm Phết quên mang gì?", O: []string{"*Ảnh", "Hộ chiếu", "Tiền", "Bút"}},
					{P: "Khi nào Xổm Phết quay lại?", O: []string{"*Chiều mai", "Sáng mai", "Tuần sau", "Tối nay"}},
				}},
		},
	})
}
