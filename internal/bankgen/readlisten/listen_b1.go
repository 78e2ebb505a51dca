package readlisten

// Listening, Bậc 1: single words, very short sentences and two-line
// exchanges about the learner, the school and daily life.
func init() {
	allListenLevels = append(allListenLevels, ListenLevel{
		Level:  1,
		Tones:  tonesB1,
		Narrow: true,
		Sets:   setsB1,
		Words:  wordsB1,
		Dict: []LDict{
			{Tp: []string{"arrival"}, T: "Xin chào, tôi là học viên."},
			{Tp: []string{"arrival", "friendship"}, T: "Tôi là người Lào."},
			{Tp: []string{"arrival"}, T: "Tôi đến từ tỉnh Hủa Phăn.", F: "Tên tỉnh viết là “Hủa Phăn”, có dấu hỏi trên chữ u.", FE: "The province is written “Hủa Phăn”, with a hỏi mark on the u."},
			{Tp: []string{"study"}, T: "Tôi học tiếng Việt."},
			{T: "Hôm nay trời nắng."},
			{Tp: []string{"arrival"}, T: "Tôi ở phòng số năm."},
			{Tp: []string{"study"}, T: "Đây là thầy giáo của tôi."},
			{T: "Tôi thích ăn phở."},
			{Tp: []string{"arrival"}, T: "Nhà ăn ở đâu?"},
			{T: "Bây giờ là tám giờ."},
			{Tp: []string{"study"}, T: "Lớp tôi có nhiều bạn."},
			{T: "Tôi uống nước chè."},
			{Tp: []string{"study"}, T: "Cảm ơn cô giáo."},
			{T: "Chị ấy là bác sĩ."},
			{T: "Tôi đi chợ với bạn."},
		},
		Sits: []LSit{
			{Tp: []string{"arrival", "friendship"}, T: "Xin chào. Tôi tên là Khăm Xay. Tôi là người Lào.",
				Q: Q{P: "Người nói là người nước nào?", O: []string{"*Lào", "Việt Nam", "Thái Lan", "Cam-pu-chia"}}},
			{Tp: []string{"arrival"}, T: "Tôi năm nay bốn mươi tuổi.",
				Q: Q{P: "Người nói bao nhiêu tuổi?", O: []string{"*40 tuổi", "14 tuổi", "45 tuổi", "50 tuổi"}, F: "“Bốn mươi” là 40; “mười bốn” là 14.", FE: "“Bốn mươi” is 40; “mười bốn” is 14."}},
			{Tp: []string{"arrival"}, T: "Đây là phòng của tôi. Phòng tôi ở tầng ba.",
				Q: Q{P: "Phòng của người nói ở tầng mấy?", O: []string{"Tầng một", "Tầng hai", "*Tầng ba", "Tầng bốn"}}},
			{T: "Tôi có hai con, một con trai và một con gái.",
				Q: Q{P: "Người nói có mấy con?", O: []string{"Một con", "*Hai con", "Ba con", "Không có con"}}},
			{Tp: []string{"study"}, T: "Hôm nay là thứ Hai. Chúng tôi học tiếng Việt cả ngày.",
				Q: Q{P: "Hôm nay là thứ mấy?", O: []string{"*Thứ Hai", "Thứ Ba", "Thứ Bảy", "Chủ nhật"}}},
			{T: "Anh ơi, cho tôi một bát phở bò.",
				Q: Q{P: "Người nói muốn ăn gì?", O: []string{"*Phở bò", "Phở gà", "Cơm rang", "Bánh mì"}}},
			{T: "Cái áo này giá một trăm nghìn đồng.",
				Q: Q{P: "Cái áo giá bao nhiêu?", O: []string{"*100.000 đồng", "10.000 đồng", "200.000 đồng", "1.000.000 đồng"}}},
			{T: "Trời mưa to. Bạn nhớ mang áo mưa nhé.",
				Q: Q{P: "Thời tiết thế nào?", O: []string{"*Trời mưa", "Trời nắng", "Trời lạnh", "Trời nóng"}}},
			{Tp: []string{"study"}, T: "Tôi đi học bằng xe đạp.",
				Q: Q{P: "Người nói đi học bằng gì?", O: []string{"*Xe đạp", "Xe máy", "Ô tô", "Đi bộ"}}},
			{Tp: []string{"arrival"}, T: "Thư viện ở bên trái nhà ăn.",
				Q: Q{P: "Thư viện ở đâu?", O: []string{"*Bên trái nhà ăn", "Bên phải nhà ăn", "Trước nhà ăn", "Sau nhà ăn"}}},
			{T: "Mỗi sáng tôi dậy lúc năm giờ rưỡi.",
				Q: Q{P: "Người nói dậy lúc mấy giờ?", O: []string{"*5 giờ 30", "5 giờ", "6 giờ 30", "7 giờ 30"}, F: "“Năm giờ rưỡi” là 5 giờ 30 phút.", FE: "“Năm giờ rưỡi” is half past five."}},
			{Tp: []string{"arrival"}, T: "Tôi ở phòng hai trăm linh năm.",
				Q: Q{P: "Người nói ở phòng số mấy?", O: []string{"*205", "250", "215", "502"}, F: "“Hai trăm linh năm” là 205.", FE: "“Hai trăm linh năm” is 205."}},
			{Tp: []string{"study"}, T: "Chị Lan là giáo viên tiếng Việt của lớp tôi.",
				Q: Q{P: "Chị Lan làm nghề gì?", O: []string{"*Giáo viên", "Bác sĩ", "Cán bộ văn phòng", "Học viên"}}},
			{T: "Tôi thích màu xanh. Tôi không thích màu đỏ.",
				Q: Q{P: "Người nói thích màu gì?", O: []string{"*Màu xanh", "Màu đỏ", "Màu vàng", "Màu trắng"}}},
			{T: "Cuối tuần này tôi đi biển Sầm Sơn với các bạn.",
				Q: Q{P: "Cuối tuần người nói đi đâu?", O: []string{"*Biển Sầm Sơn", "Hà Nội", "Chợ", "Thư viện"}}},
			{Tp: []string{"village"}, T: "Bố tôi là nông dân. Bố tôi trồng lúa.",
				Q: Q{P: "Bố của người nói làm nghề gì?", O: []string{"*Nông dân", "Giáo viên", "Bác sĩ", "Lái xe"}}},
			{Tp: []string{"arrival"}, T: "Em ơi, nhà vệ sinh ở đâu?",
				Q: Q{P: "Người nói hỏi gì?", O: []string{"*Nhà vệ sinh ở đâu", "Bây giờ là mấy giờ", "Cái này bao nhiêu tiền", "Em tên là gì"}}},
			{T: "Tôi bị đau đầu. Tôi muốn đi khám bác sĩ.",
				Q: Q{P: "Người nói bị đau ở đâu?", O: []string{"*Đau đầu", "Đau bụng", "Đau chân", "Đau răng"}}},
			{Tp: []string{"study"}, T: "Lớp học bắt đầu lúc bảy giờ sáng và kết thúc lúc mười một giờ.",
				Q: Q{P: "Lớp học kết thúc lúc mấy giờ?", O: []string{"*11 giờ", "7 giờ", "10 giờ", "12 giờ"}}},
			{T: "Tôi uống cà phê, còn anh Bun Thăn uống nước cam.",
				Q: Q{P: "Anh Bun Thăn uống gì?", O: []string{"*Nước cam", "Cà phê", "Nước chè", "Sữa"}}},
		},
		Groups: []LGroup{
			{Title: "Làm quen", Kind: "dialogue", Tp: []string{"arrival"},
				T: `Chị Hoa: Chào anh. Anh tên là gì?
Phon Xay: Chào chị. Tôi tên là Phon Xay. Tôi là học viên lớp Lào.
Chị Hoa: Anh ở phòng nào?
Phon Xay: Tôi ở phòng ba trăm linh hai.`,
				Qs: []Q{
					{P: "Người đàn ông tên là gì?", O: []string{"*Phon Xay", "Bun Mi", "Khăm La"}},
					{P: "Anh ấy ở phòng nào?", O: []string{"*302", "203", "320", "312"}},
				}},
			{Title: "Ở chợ", Kind: "dialogue", Tp: []string{"daily-life"},
				T: `Người bán: Chào anh, anh mua gì ạ?
Khăm La: Chị ơi, chuối bao nhiêu tiền một nải?
Người bán: Hai mươi nghìn đồng một nải.
Khăm La: Cho tôi hai nải.`,
				Qs: []Q{
					{P: "Khăm La mua gì?", O: []string{"*Chuối", "Cam", "Xoài", "Rau"}},
					{P: "Một nải chuối giá bao nhiêu?", O: []string{"*20.000 đồng", "12.000 đồng", "22.000 đồng", "40.000 đồng"}},
					{P: "Khăm La mua mấy nải?", O: []string{"Một nải", "*Hai nải", "Ba nải"}},
				}},
			{Title: "Thông báo đổi phòng học", Kind: "notice", Tp: []string{"study"},
				T: `Chú ý, chú ý. Sáng mai lớp học ở phòng số bốn, không học ở phòng số hai. Lớp bắt đầu lúc tám giờ.`,
				Qs: []Q{
					{P: "Sáng mai lớp học ở phòng nào?", O: []string{"*Phòng số 4", "Phòng số 2", "Phòng số 8"}},
					{P: "Lớp bắt đầu lúc mấy giờ?", O: []string{"*8 giờ", "4 giờ", "2 giờ", "7 giờ"}},
				}},
		},
	})
}
