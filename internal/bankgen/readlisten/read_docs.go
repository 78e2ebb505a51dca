package readlisten

// Reading, Bậc 3–5: administrative and party documents laid out as the real
// ones are (thông báo, kế hoạch, công văn, biên bản, nghị quyết, quyết
// định). The content is invented; the structure, the fixed formulas (Căn
// cứ… / Xét… / QUYẾT NGHỊ; KT. GIÁM ĐỐC; Nơi nhận) and the register are
// those of Vietnamese documents a cadre reads in the course. Questions ask
// for the document's purpose, what follows from it and what its formulas
// mean, with keys that say it in other words than the text.
//
// These groups are appended after the groups of each level (ids continue
// the level's numbering), so published ids do not move.
func init() {
	docs := map[int][]RGroup{
		3: {
			{Title: "Thông báo về lớp bồi dưỡng tiếng Việt", Kind: "notice", Tp: []string{"study", "office"},
				Text: `TRƯỜNG CHÍNH TRỊ – HÀNH CHÍNH TỈNH HỦA PHĂN
Số: 15/TB-TCT
THÔNG BÁO
Về việc tổ chức lớp bồi dưỡng tiếng Việt cho cán bộ chuẩn bị đi học tại Việt Nam
Thực hiện kế hoạch đào tạo cán bộ năm 2027 của Ban Tổ chức Tỉnh uỷ, Trường Chính trị – Hành chính tỉnh thông báo như sau:
1. Đối tượng: cán bộ, đảng viên đã có quyết định cử đi học lớp trung cấp lý luận chính trị tại Trường Chính trị tỉnh Thanh Hoá.
2. Thời gian: ba tháng, từ ngày 2 tháng 3 đến ngày 29 tháng 5 năm 2027; học buổi sáng các ngày từ thứ Hai đến thứ Sáu.
3. Địa điểm: phòng học số 4, Trường Chính trị – Hành chính tỉnh, thành phố Sầm Nưa.
4. Học viên mang theo quyết định cử đi học, hai ảnh và sổ ghi chép. Nhà trường cấp giáo trình miễn phí.
5. Cuối khoá, học viên làm bài kiểm tra bốn kỹ năng nghe, nói, đọc, viết. Kết quả được gửi cho cơ quan cử cán bộ đi học.
Mọi thắc mắc xin liên hệ phòng Đào tạo của nhà trường.`,
				Qs: []Q{
					{P: "Thông báo này nhằm mục đích gì?", O: []string{"*Cho cán bộ sắp sang Việt Nam học biết về lớp tiếng Việt", "Mời cán bộ dự thi tuyển vào trường", "Tuyển giảng viên dạy tiếng Việt", "Báo kết quả kiểm tra cuối khoá"}},
					{P: "Ai được học lớp này?", O: []string{"*Những người đã được cử sang Thanh Hoá học lý luận chính trị", "Tất cả cán bộ của tỉnh", "Học sinh các trường phổ thông", "Giảng viên của nhà trường"}},
					{P: "Học viên KHÔNG cần mang theo thứ gì?", O: []string{"*Giáo trình", "Quyết định cử đi học", "Ảnh", "Sổ ghi chép"}},
					{P: "Lớp học kéo dài khoảng bao lâu?", O: []string{"*Khoảng ba tháng", "Hai tuần", "Sáu tháng", "Một năm"}},
				},
				TFs: []TF{
					{S: "Học viên học cả ngày, từ thứ Hai đến thứ Sáu.", A: false},
					{S: "Cơ quan cử cán bộ đi học sẽ biết kết quả kiểm tra của học viên.", A: true},
				}},
			{Title: "Kế hoạch tổ chức Ngày hội Đại đoàn kết", Kind: "notice", Tp: []string{"village", "office"},
				Text: `UỶ BAN NHÂN DÂN XÃ XUÂN PHÚ
Số: 42/KH-UBND
KẾ HOẠCH
Tổ chức Ngày hội Đại đoàn kết toàn dân tộc ở khu dân cư năm 2027
I. MỤC ĐÍCH, YÊU CẦU
Tăng cường khối đoàn kết trong nhân dân; động viên bà con thi đua xây dựng nông thôn mới. Ngày hội được tổ chức trang trọng, tiết kiệm, không phô trương.
II. NỘI DUNG, THỜI GIAN
1. Ngày hội tổ chức đồng loạt ở các thôn, từ ngày 10 đến ngày 18 tháng 11 năm 2027.
2. Phần lễ: báo cáo kết quả cuộc vận động của thôn; khen thưởng các hộ gia đình tiêu biểu.
3. Phần hội: văn nghệ, thể thao, thi nấu ăn giữa các chi hội.
III. TỔ CHỨC THỰC HIỆN
1. Ban công tác Mặt trận các thôn xây dựng chương trình chi tiết, gửi Uỷ ban nhân dân xã trước ngày 1 tháng 11.
2. Đoàn Thanh niên xã phụ trách phần văn nghệ, thể thao.
3. Kinh phí: ngân sách xã hỗ trợ mỗi thôn ba triệu đồng; phần còn lại do bà con tự nguyện đóng góp.`,
				Qs: []Q{
					{P: "Văn bản này do cơ quan nào ban hành?", O: []string{"*Uỷ ban nhân dân xã", "Ban công tác Mặt trận thôn", "Đoàn Thanh niên xã", "Tỉnh uỷ"}},
					{P: "Theo kế hoạch, ngày hội phải được tổ chức như thế nào?", O: []string{"*Trang trọng nhưng không tốn kém", "Thật lớn để mọi người cùng biết", "Chỉ có phần lễ, không có phần hội", "Chỉ ở trung tâm xã"}},
					{P: "Ai phải gửi chương trình chi tiết lên xã?", O: []string{"*Ban công tác Mặt trận của các thôn", "Đoàn Thanh niên xã", "Các hộ gia đình tiêu biểu", "Công an xã"}},
					{P: "Tiền tổ chức ngày hội lấy từ đâu?", O: []string{"*Xã hỗ trợ một phần, bà con tự nguyện góp thêm", "Toàn bộ do tỉnh cấp", "Toàn bộ do bà con đóng góp", "Do Đoàn Thanh niên tự lo"}},
				},
				TFs: []TF{
					{S: "Các thôn tổ chức ngày hội trong cùng một khoảng thời gian.", A: true},
					{S: "Việc khen thưởng các hộ gia đình tiêu biểu thuộc phần hội.", A: false},
				}},
		},
		4: {
			{Title: "Công văn về việc chuẩn bị đón học viên Lào", Kind: "letter", Tp: []string{"office", "friendship"},
				Text: `UỶ BAN NHÂN DÂN TỈNH THANH HOÁ
SỞ NỘI VỤ
Số: 1285/SNV-ĐTBD
V/v chuẩn bị đón học viên Lào khoá 2027–2028
Kính gửi: Trường Chính trị tỉnh Thanh Hoá
Thực hiện Thoả thuận hợp tác giữa tỉnh Thanh Hoá và tỉnh Hủa Phăn giai đoạn 2026–2030, năm 2027 tỉnh Thanh Hoá tiếp nhận 40 cán bộ tỉnh Hủa Phăn sang học lớp trung cấp lý luận chính trị. Để công tác đón tiếp được chu đáo, Sở Nội vụ đề nghị Trường Chính trị tỉnh:
1. Bố trí chỗ ở tại ký túc xá, bảo đảm mỗi phòng không quá bốn học viên, có đủ nước nóng và chăn màn cho mùa đông.
2. Phân công giáo viên chủ nhiệm biết tiếng Lào hoặc cử người phiên dịch trong tháng học đầu tiên.
3. Lập dự toán kinh phí ăn ở, sinh hoạt của học viên, gửi Sở Tài chính thẩm định trước ngày 30 tháng 6 năm 2027.
4. Phối hợp với Công an tỉnh hướng dẫn học viên làm thủ tục đăng ký tạm trú trong vòng ba ngày kể từ ngày đến.
Trong quá trình thực hiện, nếu có vướng mắc, đề nghị nhà trường liên hệ Phòng Đào tạo, bồi dưỡng của Sở để phối hợp giải quyết.
Nơi nhận:
- Như trên;
- Sở Tài chính, Công an tỉnh (để phối hợp);
- Lưu: VT, ĐTBD.
KT. GIÁM ĐỐC
PHÓ GIÁM ĐỐC
Trần Văn Bình`,
				Qs: []Q{
					{P: "Mục đích chính của công văn là gì?", O: []string{"*Giao cho nhà trường những việc phải lo trước khi đoàn học viên sang", "Báo cáo kết quả học tập của học viên Lào", "Mời học viên Lào dự lễ khai giảng", "Xin Sở Tài chính cấp tiền cho Sở Nội vụ"}},
					{P: "Vì sao công văn nhắc đến chăn màn?", O: []string{"*Học viên sẽ ở Thanh Hoá cả những tháng trời lạnh", "Học viên phải tự mang chăn màn sang", "Ký túc xá chưa có phòng cho học viên", "Sở Tài chính yêu cầu mua chăn màn mới"}},
					{P: "Việc nào nhà trường phải làm cùng ngành công an?", O: []string{"*Giúp học viên khai báo nơi ở khi mới sang", "Lập dự toán tiền ăn ở", "Tìm người phiên dịch", "Chuẩn bị nước nóng ở ký túc xá"}},
					{P: "Dòng “KT. GIÁM ĐỐC / PHÓ GIÁM ĐỐC” ở cuối văn bản cho biết điều gì?", O: []string{"*Người ký là cấp phó, ký thay người đứng đầu sở", "Giám đốc sở trực tiếp ký", "Văn bản chưa có ai ký", "Văn bản gửi cho giám đốc và phó giám đốc"}},
				},
				TFs: []TF{
					{S: "Theo công văn, học viên cần người phiên dịch trong suốt khoá học.", A: false},
					{S: "Sở Tài chính cũng nhận được công văn này.", A: true},
				}},
			{Title: "Biên bản sinh hoạt chi bộ thôn", Kind: "text", Tp: []string{"party-cell", "village"},
				Text: `ĐẢNG BỘ XÃ XUÂN PHÚ
CHI BỘ THÔN ĐỒNG TÂM
BIÊN BẢN
Sinh hoạt chi bộ thường kỳ tháng 9 năm 2027
Thời gian: bắt đầu lúc 19 giờ 30, ngày 5 tháng 9 năm 2027.
Địa điểm: nhà văn hoá thôn Đồng Tâm.
Thành phần: có mặt 17/19 đảng viên; vắng 2 đồng chí (1 đồng chí đi công tác, 1 đồng chí ốm, đều có lý do).
Chủ trì: đồng chí Lê Văn Toàn, Bí thư chi bộ. Thư ký: đồng chí Nguyễn Thị Mai.
Nội dung:
1. Đồng chí Bí thư báo cáo tình hình tháng 8: lúa hè thu đạt 58 tạ một héc-ta; tuyến đường liên thôn đã đổ bê tông được 600 mét trên tổng số 1 ki-lô-mét.
2. Thảo luận: đồng chí Hùng đề nghị vận động thêm các hộ góp ngày công để xong đường trước mùa mưa bão; đồng chí Lan cho rằng cần công khai các khoản đóng góp trên loa truyền thanh của thôn để bà con giám sát. Một số ý kiến lo ngại mức đóng góp cao đối với các hộ nghèo.
3. Kết luận: chi bộ thống nhất hoàn thành tuyến đường trước ngày 15 tháng 10; miễn đóng góp bằng tiền cho 6 hộ nghèo, các hộ này tham gia bằng ngày công; Ban quản lý thôn công khai thu chi mỗi tháng một lần.
Biểu quyết: 17/17 đồng chí có mặt nhất trí.
Cuộc họp kết thúc lúc 21 giờ 15 cùng ngày.
THƯ KÝ                CHỦ TRÌ`,
				Qs: []Q{
					{P: "Việc chính mà chi bộ bàn trong buổi họp là gì?", O: []string{"*Cách làm cho con đường kịp xong đúng hạn", "Kết quả vụ lúa hè thu", "Kỷ luật hai đảng viên vắng mặt", "Bầu bí thư chi bộ mới"}},
					{P: "Ý kiến của đồng chí Lan nhằm mục đích gì?", O: []string{"*Để dân theo dõi được tiền góp được thu, chi ra sao", "Để tăng mức đóng góp của các hộ", "Để giảm số ngày công phải góp", "Để báo lịch họp chi bộ cho bà con"}},
					{P: "Các hộ nghèo tham gia làm đường như thế nào?", O: []string{"*Góp sức lao động thay cho góp tiền", "Không phải góp gì", "Góp như mọi hộ khác", "Góp một nửa số tiền"}},
					{P: "Có thể suy ra điều gì từ biên bản?", O: []string{"*Đầu tháng 9, còn khoảng 400 mét đường chưa đổ bê tông", "Con đường đã làm xong", "Chi bộ có tất cả 17 đảng viên", "Buổi họp kéo dài hơn ba tiếng"}},
				},
				TFs: []TF{
					{S: "Hai đảng viên vắng mặt không báo lý do.", A: false},
					{S: "Mọi đảng viên dự họp đều tán thành kết luận.", A: true},
				}},
		},
		5: {
			{Title: "Nghị quyết về chính sách hỗ trợ đào tạo cán bộ Hủa Phăn", Kind: "text", Tp: []string{"office", "friendship"},
				Text: `HỘI ĐỒNG NHÂN DÂN TỈNH THANH HOÁ
Số: 27/2027/NQ-HĐND
NGHỊ QUYẾT
Quy định chính sách hỗ trợ đào tạo cán bộ tỉnh Hủa Phăn (nước Cộng hoà Dân chủ Nhân dân Lào) tại tỉnh Thanh Hoá, giai đoạn 2028–2030
HỘI ĐỒNG NHÂN DÂN TỈNH THANH HOÁ
KHOÁ XIX, KỲ HỌP THỨ TÁM
Căn cứ Luật Tổ chức chính quyền địa phương;
Căn cứ Luật Ngân sách nhà nước;
Căn cứ Thoả thuận hợp tác giữa tỉnh Thanh Hoá và tỉnh Hủa Phăn giai đoạn 2026–2030;
Xét Tờ trình số 315/TTr-UBND của Uỷ ban nhân dân tỉnh; Báo cáo thẩm tra của Ban Văn hoá – Xã hội Hội đồng nhân dân tỉnh; ý kiến thảo luận của đại biểu Hội đồng nhân dân tỉnh tại kỳ họp.
QUYẾT NGHỊ:
Điều 1. Phạm vi và đối tượng
Nghị quyết này quy định mức hỗ trợ cho cán bộ tỉnh Hủa Phăn được cử sang học các lớp lý luận chính trị, quản lý nhà nước và tiếng Việt tại các cơ sở đào tạo của tỉnh Thanh Hoá.
Điều 2. Mức hỗ trợ
1. Học phí: miễn toàn bộ.
2. Sinh hoạt phí: 3,5 triệu đồng một người một tháng trong thời gian học tập thực tế.
3. Chỗ ở: bố trí miễn phí tại ký túc xá của cơ sở đào tạo.
4. Học viên đạt kết quả học tập loại giỏi được thưởng một lần 2 triệu đồng khi kết thúc khoá học.
Điều 3. Nguồn kinh phí
Ngân sách tỉnh bảo đảm theo phân cấp hiện hành, lồng ghép với các chương trình hợp tác quốc tế của tỉnh.
Điều 4. Tổ chức thực hiện
1. Giao Uỷ ban nhân dân tỉnh tổ chức thực hiện Nghị quyết này.
2. Thường trực Hội đồng nhân dân, các Ban và đại biểu Hội đồng nhân dân tỉnh giám sát việc thực hiện.
Nghị quyết này đã được Hội đồng nhân dân tỉnh Thanh Hoá khoá XIX, kỳ họp thứ tám thông qua ngày 9 tháng 12 năm 2027 và có hiệu lực từ ngày 1 tháng 1 năm 2028.`,
				Qs: []Q{
					{P: "Các dòng bắt đầu bằng “Căn cứ” và “Xét” ở đầu văn bản có chức năng gì?", O: []string{"*Nêu cơ sở pháp lý và những đề nghị mà Hội đồng dựa vào để ra văn bản", "Liệt kê các cơ quan phải thi hành văn bản", "Tóm tắt nội dung của từng điều", "Giới thiệu các đại biểu dự kỳ họp"}},
					{P: "Chính sách này được đề xuất lên Hội đồng nhân dân theo con đường nào?", O: []string{"*Uỷ ban gửi văn bản đề nghị, sau đó được kiểm tra kỹ trước khi đưa ra kỳ họp", "Các đại biểu tự đề xuất ngay tại kỳ họp", "Phía Lào gửi đề nghị trực tiếp lên Hội đồng", "Các trường tự quyết định rồi báo cáo"}},
					{P: "Một học viên học đủ 10 tháng, đạt loại giỏi, nhận tổng cộng bao nhiêu tiền mặt theo văn bản này?", O: []string{"*37 triệu đồng", "35 triệu đồng", "2 triệu đồng", "5,5 triệu đồng"}},
					{P: "Điều nào đúng về thời điểm áp dụng văn bản?", O: []string{"*Được thông qua cuối năm 2027 nhưng chỉ áp dụng từ đầu năm sau", "Áp dụng ngay trong ngày thông qua", "Chỉ áp dụng trong năm 2027", "Chỉ áp dụng khi phía Lào đồng ý"}},
				},
				TFs: []TF{
					{S: "Học viên Lào phải tự trả một phần học phí.", A: false},
					{S: "Cơ quan ban hành văn bản cũng là cơ quan theo dõi việc thực hiện nó.", A: true},
				}},
			{Title: "Quyết định thành lập Tổ công tác hỗ trợ học viên Lào", Kind: "text", Tp: []string{"office", "friendship"},
				Text: `UỶ BAN NHÂN DÂN TỈNH THANH HOÁ
Số: 2046/QĐ-UBND
QUYẾT ĐỊNH
Về việc thành lập Tổ công tác hỗ trợ học viên Lào học tập tại tỉnh
CHỦ TỊCH UỶ BAN NHÂN DÂN TỈNH THANH HOÁ
Căn cứ Luật Tổ chức chính quyền địa phương;
Căn cứ Nghị quyết số 27/2027/NQ-HĐND ngày 9 tháng 12 năm 2027 của Hội đồng nhân dân tỉnh;
Theo đề nghị của Giám đốc Sở Nội vụ.
QUYẾT ĐỊNH:
Điều 1. Thành lập Tổ công tác hỗ trợ học viên Lào học tập tại tỉnh (gọi tắt là Tổ công tác), gồm:
1. Đồng chí Phó Giám đốc Sở Nội vụ, Tổ trưởng;
2. Đồng chí Phó Hiệu trưởng Trường Chính trị tỉnh, Tổ phó;
3. Đại diện lãnh đạo các sở Tài chính, Ngoại vụ, Y tế và Công an tỉnh, thành viên.
Điều 2. Tổ công tác có nhiệm vụ theo dõi việc học tập, sinh hoạt của học viên; kịp thời giải quyết những vướng mắc về chỗ ở, khám chữa bệnh, thủ tục cư trú; sáu tháng một lần báo cáo Chủ tịch Uỷ ban nhân dân tỉnh. Tổ công tác tự giải thể sau khi hoàn thành nhiệm vụ.
Điều 3. Quyết định này có hiệu lực kể từ ngày ký. Chánh Văn phòng Uỷ ban nhân dân tỉnh, Giám đốc các sở Nội vụ, Tài chính, Ngoại vụ, Y tế, Giám đốc Công an tỉnh, Hiệu trưởng Trường Chính trị tỉnh và các đồng chí có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này.
CHỦ TỊCH`,
				Qs: []Q{
					{P: "Văn bản này ra đời để làm gì?", O: []string{"*Lập một đầu mối lo các khó khăn trong đời sống, học tập của học viên Lào", "Quy định mức sinh hoạt phí cho học viên", "Cử cán bộ Thanh Hoá sang Lào học tập", "Giải thể một tổ chức đã có từ trước"}},
					{P: "Vì sao ngành y tế có người trong Tổ công tác?", O: []string{"*Tổ phải lo cả việc chăm sóc sức khoẻ cho học viên", "Học viên Lào sang học ngành y", "Ngành y tế chi trả sinh hoạt phí", "Ngành y tế đã đề nghị lập tổ"}},
					{P: "Văn bản này có quan hệ thế nào với Nghị quyết số 27?", O: []string{"*Nó dựa vào nghị quyết để đưa chính sách vào thực tế", "Nó thay thế nghị quyết", "Nghị quyết được ban hành dựa vào nó", "Hai văn bản không liên quan đến nhau"}},
					{P: "Cụm từ “tự giải thể” cho thấy Tổ công tác là tổ chức như thế nào?", O: []string{"*Chỉ tồn tại tạm thời, đến khi xong việc", "Hoạt động lâu dài, không thời hạn", "Do học viên tự lập ra", "Không phải báo cáo với ai"}},
				},
				TFs: []TF{
					{S: "Người ký văn bản này là Giám đốc Sở Nội vụ.", A: false},
					{S: "Mỗi năm Tổ công tác báo cáo lên Chủ tịch tỉnh hai lần.", A: true},
				}},
		},
	}
	for i := range allReadLevels {
		allReadLevels[i].Groups = append(allReadLevels[i].Groups, docs[allReadLevels[i].Level]...)
	}
}
